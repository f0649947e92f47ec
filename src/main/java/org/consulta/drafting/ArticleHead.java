package org.consulta.drafting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Points at the current revision of one language version of an article. Writers lock this row, so
 * that edits of one article are applied one after the other and none is lost.
 */
@Entity
@Table(name = "article_head")
@IdClass(ArticleHead.Key.class)
public class ArticleHead {
  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Id
  @Enumerated(EnumType.STRING)
  private Language lang;

  @ManyToOne(optional = false)
  @JoinColumn(name = "revision_id")
  private ArticleRevision revision;

  /** The composite key: article id and language. */
  public record Key(Long article, Language lang) implements Serializable {}

  protected ArticleHead() {}

  public ArticleHead(ArticleRevision revision) {
    this.article = revision.article();
    this.lang = revision.lang();
    this.revision = revision;
  }

  public ArticleRevision revision() {
    return revision;
  }

  public Language lang() {
    return lang;
  }

  void advanceTo(ArticleRevision next) {
    if (next.number() != revision.number() + 1 || !next.article().id().equals(article.id())) {
      throw new IllegalArgumentException("a head only moves to the next revision of its article");
    }
    this.revision = Objects.requireNonNull(next);
  }
}
