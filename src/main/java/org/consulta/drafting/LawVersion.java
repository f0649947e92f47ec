package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A milestone of a law, such as "Draft 1 for consultation": the revision of every article, in every
 * language, at the moment it was recorded. The articles' membership is stored as the revisions that
 * entered it since the law's previous version; {@link LawVersions#revisions} reads it back.
 */
@Entity
@Table(name = "law_version")
public class LawVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  private int number;

  private String label;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  protected LawVersion() {}

  public LawVersion(Law law, int number, String label, String author, Instant at) {
    this.law = Objects.requireNonNull(law);
    this.number = number;
    this.label = Objects.requireNonNull(label);
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public Law law() {
    return law;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean published() {
    return publishedAt != null;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  /** Shows this version to everyone from {@code at}; publishing it again keeps the first time. */
  public void publish(String by, Instant at) {
    if (publishedAt == null) {
      publishedAt = Objects.requireNonNull(at);
      publishedBy = Objects.requireNonNull(by);
    }
  }

  public void unpublish() {
    publishedAt = null;
    publishedBy = null;
  }
}
