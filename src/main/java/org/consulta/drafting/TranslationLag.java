package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Records that one language version of an article needs updating because the article changed in
 * another language; it lasts until a drafter updates that version or confirms it.
 */
@Entity
@Table(name = "translation_lag")
@IdClass(TranslationLag.Key.class)
public class TranslationLag {
  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Id
  @Enumerated(EnumType.STRING)
  private Language lang;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_lang")
  private Language sourceLang;

  @Column(name = "source_revision")
  private int sourceRevision;

  @Column(name = "confirmed_revision")
  private Integer confirmedRevision;

  /** The composite key: article id and the lagging language. */
  public record Key(Long article, Language lang) implements Serializable {}

  protected TranslationLag() {}

  /**
   * A mark behind {@code source}; {@code confirmed} is the source revision the language version was
   * last in step with, or null when it never was (nothing written in it yet).
   */
  TranslationLag(Article article, Language lang, ArticleRevision source, Integer confirmed) {
    this.article = article;
    this.lang = lang;
    this.sourceLang = source.lang();
    this.sourceRevision = source.number();
    this.confirmedRevision = confirmed;
  }

  /**
   * The source moved on. A change in another language than the mark's source leaves no revision of
   * that language known to be the last in step, so the baseline is dropped: the translator then
   * compares against the whole source text.
   */
  void follow(ArticleRevision source) {
    if (source.lang() != sourceLang) {
      confirmedRevision = null;
    }
    this.sourceLang = source.lang();
    this.sourceRevision = source.number();
  }

  /** Confirmed up to {@code revision} of the source, short of its latest: the mark stays. */
  void confirmUpTo(int revision) {
    this.confirmedRevision = revision;
  }

  public Article article() {
    return article;
  }

  public Language lang() {
    return lang;
  }

  public Language sourceLang() {
    return sourceLang;
  }

  public int sourceRevision() {
    return sourceRevision;
  }

  /** The source revision last in step with, or null when none is known. */
  public Integer confirmedRevision() {
    return confirmedRevision;
  }
}
