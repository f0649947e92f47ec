package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/** Opens consultation rounds on recorded versions of laws, finds them, opens and closes them. */
@ApplicationScoped
@Transactional
public class Consultations {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private Clock clock;
  @Inject private Event<RoundOpened> opened;

  /** A round as a drafter asks for it; nulls take the defaults documented on each field. */
  public record Request(
      Integer version,
      String title,
      String description,
      List<Language> languages,
      Instant startsAt,
      Instant endsAt,
      boolean publishesContributions,
      Map<Language, RoundText> texts) {}

  /** What a drafter changes in a round; nulls (and languages not given) stay as they are. */
  public record Change(
      RoundStatus status,
      Instant endsAt,
      Boolean publishesContributions,
      String title,
      String description,
      Map<Language, RoundText> texts) {}

  /** Opens a round on {@code version}, by default the latest, in all the law's languages. */
  public Consultation open(String slug, Request request, String author) {
    Law law = laws.bySlug(slug);
    LawVersion version = version(law, request.version());
    List<Language> languages = request.languages() == null ? law.languages() : request.languages();
    for (Language lang : languages) {
      if (!law.languages().contains(lang)) {
        throw DomainException.invalid(
            "languages", "law '" + slug + "' has no '" + lang + "' version");
      }
    }
    if (languages.isEmpty()) {
      throw DomainException.invalid(
          ProblemCode.REQUIRED, "languages", "a round needs at least one language");
    }
    Instant now = clock.instant();
    var terms =
        new Consultation.Terms(
            request.title(),
            request.description() == null ? "" : request.description(),
            languages,
            request.startsAt() == null ? now : request.startsAt(),
            request.endsAt());
    var round = new Consultation(law, version, terms, author, now);
    round.publishContributions(request.publishesContributions());
    request.texts().forEach(round::describeIn);
    em.persist(round);
    // Participants read the consulted text whoever else may read the working text.
    version.publish(author, now);
    opened.fire(new RoundOpened(round));
    return round;
  }

  private LawVersion version(Law law, Integer number) {
    if (number != null) {
      return versions.find(law, number, "version");
    }
    List<LawVersion> all = versions.all(law);
    if (all.isEmpty()) {
      throw DomainException.invalid(
          "version", "law '" + law.slug() + "' has no recorded version to consult on yet");
    }
    return all.get(all.size() - 1);
  }

  public Consultation find(long id) {
    Consultation round = em.find(Consultation.class, id);
    if (round == null) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND, "consultation", "no consultation " + id);
    }
    return round;
  }

  /** The round, which must be one of the law's. */
  public Consultation find(String slug, long id) {
    Consultation round = find(id);
    if (!round.law().slug().equals(slug)) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "consultation",
          "law '" + slug + "' has no consultation " + id);
    }
    return round;
  }

  public List<Consultation> of(String slug) {
    return em.createQuery(
            "select c from Consultation c where c.law = :law order by c.id", Consultation.class)
        .setParameter("law", laws.bySlug(slug))
        .getResultList();
  }

  /**
   * Renames a round, in each language, opens or closes it now, moves its end, reopens a closed
   * round until a new end, or starts or stops publishing contributions; all of the change or none
   * of it.
   */
  public Consultation change(String slug, long id, Change change) {
    Consultation round = find(slug, id);
    if (change.publishesContributions() != null) {
      round.publishContributions(change.publishesContributions());
    }
    Instant now = clock.instant();
    if (change.title() != null || change.description() != null) {
      round.retitle(change.title() == null ? round.title() : change.title(), change.description());
    }
    change.texts().forEach(round::describeIn);
    RoundStatus status = change.status();
    if (status == RoundStatus.OPEN && round.status(now) == RoundStatus.CLOSED) {
      round.reopen(change.endsAt(), now);
      return round;
    }
    if (change.endsAt() != null) {
      round.endAt(change.endsAt(), now);
    }
    if (status == RoundStatus.OPEN) {
      round.openNow(now);
    } else if (status == RoundStatus.CLOSED) {
      round.closeNow(now);
    } else if (status == RoundStatus.SCHEDULED) {
      throw DomainException.invalid("status", "a round can be set 'open' or 'closed'");
    }
    return round;
  }

  public Instant now() {
    return clock.instant();
  }
}
