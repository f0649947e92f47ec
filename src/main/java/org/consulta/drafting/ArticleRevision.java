package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Objects;

/**
 * One immutable state of one language version of an article: its text, heading and place in the
 * law. Revisions are numbered 1, 2, 3 … per article and language; none is ever changed.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Enumerated(EnumType.STRING)
  private Language lang;

  private int number;

  @Column(name = "base_number")
  private Integer baseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind")
  private ChangeKind change;

  private boolean merged;

  @ManyToOne(optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @Column(name = "sort_key")
  private String sortKey;

  private String heading;

  /**
   * The whole text this revision's text is stored against (an earlier revision of the same article
   * and language, itself stored whole), or null when this one is stored whole: reading any text
   * decodes at most one other.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "text_base_id")
  private ArticleRevision textBase;

  @Column(name = "body")
  private byte[] storedBody;

  /** The text, once written or decoded. */
  @Transient private String body;

  private boolean deleted;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  private String message;

  protected ArticleRevision() {}

  private ArticleRevision(ArticleRevision previous, Article article, Language lang, Change change) {
    this.article = Objects.requireNonNull(article);
    this.lang = Objects.requireNonNull(lang);
    this.number = previous == null ? 1 : previous.number + 1;
    this.baseNumber = change.baseNumber();
    this.change = change.kind();
    this.merged = change.merged();
    this.division = Objects.requireNonNull(change.division());
    this.sortKey = Objects.requireNonNull(change.sortKey());
    this.heading = Objects.requireNonNull(change.heading());
    this.body = Objects.requireNonNull(change.body());
    storeText(previous == null ? null : previous.wholeText());
    this.deleted = change.kind() == ChangeKind.DELETED;
    this.author = Objects.requireNonNull(change.author());
    this.createdAt = Objects.requireNonNull(change.at());
    this.message = Objects.requireNonNull(change.message());
  }

  /** Everything a new revision records besides its place in the sequence. */
  public record Change(
      ChangeKind kind,
      Integer baseNumber,
      boolean merged,
      Division division,
      String sortKey,
      String heading,
      String body,
      String author,
      Instant at,
      String message) {}

  /**
   * Stores the text against {@code base} when that takes less than half of storing it whole; a text
   * stored whole is the base of those after it.
   */
  private void storeText(ArticleRevision base) {
    byte[] whole = CompressedText.encode(body);
    storedBody = whole;
    if (base != null) {
      CompressedText.encode(body, base.body(), whole)
          .ifPresent(
              against -> {
                storedBody = against;
                textBase = base;
              });
    }
  }

  private ArticleRevision wholeText() {
    return textBase == null ? this : textBase;
  }

  /**
   * {@code query}, for revisions, reading the whole texts their texts are stored against in one
   * more query rather than one each.
   */
  static <T> TypedQuery<T> withTextBases(TypedQuery<T> query) {
    return query.setHint("eclipselink.batch", "r.textBase").setHint("eclipselink.batch.type", "IN");
  }

  public static ArticleRevision first(Article article, Language lang, Change change) {
    return new ArticleRevision(null, article, lang, change);
  }

  public ArticleRevision next(Change change) {
    return new ArticleRevision(this, article, lang, change);
  }

  /** A change that keeps this revision's text and place, for the given kind of change. */
  public Change unchanged(ChangeKind kind, String author, Instant at, String message) {
    return new Change(kind, number, false, division, sortKey, heading, body(), author, at, message);
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public Language lang() {
    return lang;
  }

  public int number() {
    return number;
  }

  /** The revision the author was looking at when making this one; null for the first. */
  public Integer baseNumber() {
    return baseNumber;
  }

  public ChangeKind change() {
    return change;
  }

  /** Whether the edit was made on an older revision and merged with the changes since. */
  public boolean merged() {
    return merged;
  }

  public Division division() {
    return division;
  }

  public String sortKey() {
    return sortKey;
  }

  public String heading() {
    return heading;
  }

  public String body() {
    if (body == null) {
      body = CompressedText.decode(storedBody, textBase == null ? null : textBase.body());
    }
    return body;
  }

  public boolean deleted() {
    return deleted;
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
