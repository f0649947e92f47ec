package org.consulta.references;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.consulta.drafting.Article;
import org.consulta.legislation.Provision;

/**
 * A national provision that grounds a model-law article, with the drafter's note on how. It hangs
 * on the article's identity, so it follows the article through every edit, move and renumbering.
 */
@Entity
@Table(name = "article_reference")
public class ArticleReference {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(optional = false)
  @JoinColumn(name = "provision_id")
  private Provision provision;

  private String note;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected ArticleReference() {}

  ArticleReference(Article article, Provision provision, String note, String author, Instant at) {
    this.article = Objects.requireNonNull(article);
    this.provision = Objects.requireNonNull(provision);
    this.note = note;
    this.createdBy = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(at);
  }

  /** Replaces the note; a null note removes it. */
  void annotate(String newNote, String author, Instant at) {
    this.note = newNote;
    this.changedBy = Objects.requireNonNull(author);
    this.changedAt = Objects.requireNonNull(at);
  }

  /**
   * The entity tag of the reference as it stands: its id and a digest of what a change alters (the
   * note, who changed it and when, to the millisecond, the precision every database keeps), so that
   * the tag an answer gives equals the one a later read computes.
   */
  public String etag() {
    String state =
        note
            + "\u0000"
            + changedBy
            + "\u0000"
            + (changedAt == null ? "" : changedAt.toEpochMilli());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
      return "\"ref-" + id + "-" + HexFormat.of().formatHex(digest, 0, 6) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public Provision provision() {
    return provision;
  }

  public String note() {
    return note;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
