package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One immutable state of the title or the preamble of one language version of a law, numbered 1, 2,
 * 3 … per law, language and part. An empty preamble is the empty text.
 */
@Entity
@Table(name = "law_text_revision")
public class LawTextRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  @Enumerated(EnumType.STRING)
  private Language lang;

  @Enumerated(EnumType.STRING)
  private LawPart part;

  private int number;

  @Column(name = "base_number")
  private Integer baseNumber;

  private boolean merged;

  private String body;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  private String message;

  protected LawTextRevision() {}

  /** Who wrote a revision, when, and why. */
  public record Signature(String author, Instant at, String message) {
    public Signature {
      Objects.requireNonNull(author);
      Objects.requireNonNull(at);
      Objects.requireNonNull(message);
    }
  }

  private LawTextRevision(
      Law law,
      Language lang,
      LawPart part,
      int number,
      Integer baseNumber,
      boolean merged,
      String body,
      Signature signature) {
    this.law = Objects.requireNonNull(law);
    this.lang = Objects.requireNonNull(lang);
    this.part = Objects.requireNonNull(part);
    this.number = number;
    this.baseNumber = baseNumber;
    this.merged = merged;
    this.body = Objects.requireNonNull(body);
    this.author = signature.author();
    this.createdAt = signature.at();
    this.message = signature.message();
  }

  static LawTextRevision first(
      Law law, Language lang, LawPart part, String body, Signature signature) {
    return new LawTextRevision(law, lang, part, 1, null, false, body, signature);
  }

  LawTextRevision next(int base, boolean merged, String body, Signature signature) {
    return new LawTextRevision(law, lang, part, number + 1, base, merged, body, signature);
  }

  public Long id() {
    return id;
  }

  public Language lang() {
    return lang;
  }

  public LawPart part() {
    return part;
  }

  public int number() {
    return number;
  }

  /** The revision the author was looking at when making this one; null for the first. */
  public Integer baseNumber() {
    return baseNumber;
  }

  public boolean merged() {
    return merged;
  }

  public String body() {
    return body;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String message() {
    return message;
  }
}
