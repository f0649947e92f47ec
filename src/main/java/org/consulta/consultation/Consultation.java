package org.consulta.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;
import org.consulta.platform.WireNames;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
  @MapKeyColumn(name = "lang")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Language, RoundText> texts = new HashMap<>();

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
        throw DomainException.invalid(
            ProblemCode.OUT_OF_RANGE, "endsAt", "a round must end after it starts");
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
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "status",
          "only a scheduled round can be opened; this one is " + WireNames.of(status(now)));
    }
    startsAt = now;
  }

  /**
   * Opens a closed round again until {@code end}, which must be in the future: the round takes
   * contributions again, and what was said before stays as it was.
   */
  public void reopen(Instant end, Instant now) {
    if (status(now) != RoundStatus.CLOSED) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "status",
          "only a closed round is reopened; this one is " + WireNames.of(status(now)));
    }
    if (end == null || !end.isAfter(now)) {
      throw DomainException.invalid(
          ProblemCode.OUT_OF_RANGE, "endsAt", "to reopen a round, give it an end in the future");
    }
    endsAt = end;
  }

  /** Ends a scheduled or open round now. */
  public void closeNow(Instant now) {
    if (status(now) == RoundStatus.CLOSED) {
      throw closed("consultation " + id + " is already closed");
    }
    startsAt = startsAt.isAfter(now) ? now : startsAt;
    endsAt = now;
  }

  /**
   * Moves the end of the round, e.g. to extend it. A closed round's end stays in the past: moving
   * it into the future would reopen the round unasked ({@link #reopen} does that).
   */
  public void endAt(Instant end, Instant now) {
    if (status(now) == RoundStatus.CLOSED && end.isAfter(now)) {
      throw closed("consultation " + id + " is closed; reopen it with status 'open' and an end");
    }
    if (!end.isAfter(startsAt)) {
      throw DomainException.invalid(
          ProblemCode.OUT_OF_RANGE,
          "endsAt",
          "a round must end after it starts (" + startsAt + ")");
    }
    endsAt = end;
  }

  /** Renames the round; a null description leaves it as it is. */
  public void retitle(String newTitle, String newDescription) {
    title = Objects.requireNonNull(newTitle);
    description = newDescription == null ? description : newDescription;
  }

  /** Sets the round's title and description in one of its languages. */
  public void describeIn(Language lang, RoundText text) {
    if (!languages().contains(lang)) {
      throw DomainException.invalid(
          "texts." + lang, "the round is held in " + languages() + ", not in " + lang);
    }
    texts.put(lang, Objects.requireNonNull(text));
  }

  /** The title and description the round has in each language that has its own. */
  public Map<Language, RoundText> texts() {
    return Collections.unmodifiableMap(new TreeMap<>(texts));
  }

  /** Whether the round's contributions are readable by anyone (see {@link Comment#isPublished}). */
  public void publishContributions(boolean publish) {
    publishesContributions = publish;
  }

  private static DomainException closed(String message) {
    return new DomainException(
        DomainException.Reason.CONFLICT,
        ProblemCode.ROUND_CLOSED,
        "consultation",
        message,
        Map.of());
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
