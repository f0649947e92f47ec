package org.consulta.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consulta.accounts.Account;
import org.consulta.drafting.Language;
import org.consulta.organisations.Organisation;

/**
 * A meeting held during a consultation round, face to face or virtual, whose contributions a
 * rapporteur records. Attendance is by name (participants, organisations) or by head count.
 */
@Entity
@Table(name = "meeting")
public class Meeting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  private String title;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "time_zone")
  private String timeZone;

  private String place;

  @Column(name = "is_virtual")
  private boolean virtual;

  private String organiser;

  @Enumerated(EnumType.STRING)
  private Language lang;

  @ManyToMany
  @JoinTable(
      name = "meeting_participant",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "account_id"))
  @OrderBy("id")
  private List<Account> participants = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "meeting_organisation",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  @OrderBy("id")
  private List<Organisation> organisations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "meeting_head_count", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<HeadCount> headCounts = new ArrayList<>();

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Meeting() {}

  /** What a meeting is: when and where, who organised it, the language it was held in. */
  public record Details(
      String title,
      ZonedDateTime startsAt,
      String place,
      boolean virtual,
      String organiser,
      Language lang) {
    public Details {
      Objects.requireNonNull(title);
      Objects.requireNonNull(startsAt);
      Objects.requireNonNull(organiser);
      Objects.requireNonNull(lang);
    }
  }

  /** Who came: by name, or counted by sector and country. */
  public record Attendance(
      List<Account> participants, List<Organisation> organisations, List<HeadCount> headCounts) {
    public Attendance {
      participants = List.copyOf(participants);
      organisations = List.copyOf(organisations);
      headCounts = List.copyOf(headCounts);
    }
  }

  public Meeting(Consultation round, Details details, String createdBy, Instant at) {
    this.consultation = Objects.requireNonNull(round);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(at);
    describe(details);
  }

  public void describe(Details details) {
    title = details.title();
    startsAt = details.startsAt().toInstant();
    timeZone = details.startsAt().getZone().getId();
    place = details.place();
    virtual = details.virtual();
    organiser = details.organiser();
    lang = details.lang();
  }

  public void attend(Attendance attendance) {
    participants.clear();
    participants.addAll(attendance.participants());
    organisations.clear();
    organisations.addAll(attendance.organisations());
    headCounts.clear();
    headCounts.addAll(attendance.headCounts());
  }

  public Details details() {
    return new Details(title, localStart(), place, virtual, organiser, lang);
  }

  public Attendance attendance() {
    return new Attendance(participants, organisations, headCounts);
  }

  /** The start in the zone the meeting was held in. */
  public ZonedDateTime localStart() {
    return startsAt.atZone(ZoneId.of(timeZone));
  }

  public Long id() {
    return id;
  }

  public Consultation consultation() {
    return consultation;
  }

  public String title() {
    return title;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public String timeZone() {
    return timeZone;
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public boolean virtual() {
    return virtual;
  }

  public String organiser() {
    return organiser;
  }

  public Language lang() {
    return lang;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
