package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.platform.DomainException;

/**
 * A consultation round: one recorded version of a law put to participants, in some of its
 * languages, between two instants. Its status follows from those instants and the clock.
 */
@Entity
@Table(name = "consultation")
public class Consultation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private LawVersion version;

  private String title;

  private String description;

  private String languages;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "publishes_contributions")
  private boolean publishesContributions;

  protected Consultation() {}

  /** What a drafter gives to open a round. */
  public record Terms(
      String title,
      String description,
      List<Language> languages,
      Instant startsAt,
      Instant endsAt) {
    public Terms {
      Objects.requireNonNull(title);
      Objects.requireNonNull(description);
      languages = List.copyOf(languages);
      if (!endsAt.isAfter(startsAt)) {
        throw DomainException.invalid("endsAt", "a round must end after it starts");
      }
    }
  }

  public Consultation(Law law, LawVersion version, Terms terms, String createdBy, Instant at) {
    this.law = Objects.requireNonNull(law);
    this.version = Objects.requireNonNull(version);
    this.title = terms.title();
    this.description = terms.description();
    this.languages = terms.languages().stream().map(Enum::name).collect(Collectors.joining(","));
    this.startsAt = terms.startsAt();
    this.endsAt = terms.endsAt();
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(at);
  }

  public RoundStatus status(Instant now) {
    if (now.isBefore(startsAt)) {
      return RoundStatus.SCHEDULED;
    }
    return now.isBefore(endsAt) ? RoundStatus.OPEN : RoundStatus.CLOSED;
  }

  /** Refuses contributions outside the round's window; what was submitted stays readable. */
  public void requireOpen(Instant now) {
    RoundStatus status = status(now);
    if (status == RoundStatus.SCHEDULED) {
      throw closed("consultation " + id + " opens at " + startsAt + "; it takes no comments yet");
    }
    if (status == RoundStatus.CLOSED) {
      throw closed(
          "consultation "
              + id
              + " closed at "
              + endsAt
              + "; it takes no more comments, and those submitted stay visible");
    }
  }

  /** Opens a scheduled round now. */
  public void openNow(Instant now) {
    if (status(now) != RoundStatus.SCHEDULED) {
      throw closed("only a scheduled round can be opened; this one is " + status(now));
    }
    startsAt = now;
  }

  /** Ends a scheduled or open round now. */
  public void closeNow(Instant now) {
    if (status(now) == RoundStatus.CLOSED) {
      throw closed("consultation " + id + " is already closed");
    }
    startsAt = startsAt.isAfter(now) ? now : startsAt;
    endsAt = now;
  }

  /** Moves the end of the round, e.g. to extend it. */
  public void endAt(Instant end) {
    if (!end.isAfter(startsAt)) {
      throw DomainException.invalid(
          "endsAt", "a round must end after it starts (" + startsAt + ")");
    }
    endsAt = end;
  }

  /** Whether the round's contributions are readable by anyone (see {@link Comment#isPublished}). */
  public void publishContributions(boolean publish) {
    publishesContributions = publish;
  }

  private static DomainException closed(String message) {
    return new DomainException(DomainException.Reason.CONFLICT, "consultation", message);
  }

  public Long id() {
    return id;
  }

  public Law law() {
    return law;
  }

  public LawVersion version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public List<Language> languages() {
    return Arrays.stream(languages.split(",")).map(Language::valueOf).toList();
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean publishesContributions() {
    return publishesContributions;
  }
}
