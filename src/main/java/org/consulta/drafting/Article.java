package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The identity of an article: its permanent eId within a law, the same in every language. What it
 * says, and where it sits, lives in its {@link ArticleRevision}s.
 */
@Entity
@Table(name = "article")
public class Article {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  @Column(name = "e_id")
  private String eId;

  protected Article() {}

  public Article(Law law, String eId) {
    this.law = Objects.requireNonNull(law);
    this.eId = Objects.requireNonNull(eId);
  }

  public Long id() {
    return id;
  }

  public Law law() {
    return law;
  }

  public String eId() {
    return eId;
  }
}
