package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consulta.accounts.Account;
import org.consulta.accounts.Accounts;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;

/** The meetings of consultation rounds: held, described, attended, and what was said there. */
@ApplicationScoped
@Transactional
public class Meetings {
  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @PersistenceContext private EntityManager em;
  @Inject private Consultations consultations;
  @Inject private Accounts accounts;
  @Inject private Clock clock;

  /** Attendance as the API names it: usernames, registry ids, head counts. */
  public record AttendanceRequest(
      List<String> participants, List<Long> organisations, List<Count> headCounts) {}

  /** A head count as asked for; {@code field} names it in errors, such as headCounts[2]. */
  public record Count(String field, Sector sector, String country, int people) {}

  public Meeting hold(
      long roundId, Meeting.Details details, AttendanceRequest attendance, String author) {
    Consultation round = consultations.find(roundId);
    var meeting = new Meeting(round, details, author, clock.instant());
    if (attendance != null) {
      meeting.attend(attendance(attendance));
    }
    em.persist(meeting);
    em.flush();
    return meeting;
  }

  /** Changes what is given; attendance, when given, replaces the one recorded. */
  public Meeting change(
      long roundId, long meetingId, Meeting.Details details, AttendanceRequest attendance) {
    Meeting meeting = find(roundId, meetingId);
    meeting.describe(details);
    if (attendance != null) {
      meeting.attend(attendance(attendance));
    }
    em.flush();
    return meeting;
  }

  /** The round's meetings in the order they were held. */
  public List<Meeting> of(Consultation round) {
    return em.createQuery(
            "select m from Meeting m where m.consultation = :round order by m.startsAt, m.id",
            Meeting.class)
        .setParameter("round", round)
        .getResultList();
  }

  public List<Meeting> of(long roundId) {
    return of(consultations.find(roundId));
  }

  /** The meeting, which must be one of the round's. */
  public Meeting find(long roundId, long meetingId) {
    Consultation round = consultations.find(roundId);
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || !meeting.consultation().id().equals(round.id())) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "meeting",
          "consultation " + roundId + " has no meeting " + meetingId);
    }
    return meeting;
  }

  /** How many contributions (threads) were recorded at each meeting of the round. */
  public long contributions(Meeting meeting) {
    return em.createQuery(
            "select count(c) from Comment c where c.meeting = :m and c.parent is null", Long.class)
        .setParameter("m", meeting)
        .getSingleResult();
  }

  /** The registry entry, or the one it was merged into, which counts for it now. */
  Organisation organisation(String field, long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw DomainException.invalid(field, "no organisation " + id + " in the registry");
    }
    while (organisation.mergedInto().isPresent()) {
      organisation = organisation.mergedInto().get();
    }
    return organisation;
  }

  static String country(String field, String code) {
    if (!COUNTRIES.contains(code)) {
      throw DomainException.invalid(
          field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code, such as MX or BR");
    }
    return code;
  }

  private Meeting.Attendance attendance(AttendanceRequest request) {
    List<Account> people =
        request.participants().stream()
            .map(
                username ->
                    accounts
                        .find(username)
                        .orElseThrow(
                            () ->
                                DomainException.invalid(
                                    "attendance.participants", "no account '" + username + "'")))
            .toList();
    List<Organisation> organisations =
        request.organisations().stream()
            .map(id -> organisation("attendance.organisations", id))
            .distinct()
            .toList();
    Set<String> counted = new HashSet<>();
    List<HeadCount> counts =
        request.headCounts().stream()
            .map(
                c -> {
                  country(c.field() + ".country", c.country());
                  if (!counted.add(c.sector() + "/" + c.country())) {
                    throw DomainException.invalid(
                        c.field(),
                        "sector "
                            + c.sector().name().toLowerCase(Locale.ROOT)
                            + " and country "
                            + c.country()
                            + " are counted twice");
                  }
                  return new HeadCount(c.sector(), c.country(), c.people());
                })
            .toList();
    return new Meeting.Attendance(people, organisations, counts);
  }
}
