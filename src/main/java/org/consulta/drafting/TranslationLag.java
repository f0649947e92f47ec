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

  /** The composite key: article id and the lagging language. */
  public record Key(Long article, Language lang) implements Serializable {}

  protected TranslationLag() {}

  TranslationLag(Article article, Language lang, ArticleRevision source) {
    this.article = article;
    this.lang = lang;
    follow(source);
  }

  void follow(ArticleRevision source) {
    this.sourceLang = source.lang();
    this.sourceRevision = source.number();
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
}
