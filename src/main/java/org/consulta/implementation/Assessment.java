package org.consulta.implementation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consulta.drafting.Article;

/**
 * One recorded assessment of how a country's legislation covers a model-law article: a version,
 * never changed once written. It hangs on the article's identity, so it follows the article through
 * edits, moves and renumbering.
 */
@Entity
@Table(name = "implementation_assessment")
public class Assessment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  private String country;
  private int version;
  private String status;
  private String note;

  @ElementCollection
  @CollectionTable(
      name = "implementation_grounding",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "provision_id")
  private List<String> provisions = new ArrayList<>();

  @Column(name = "assessed_by")
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  protected Assessment() {}

  Assessment(
      Article article,
      String country,
      int version,
      ImplementationStatus status,
      List<String> provisions,
      String note,
      String assessedBy,
      Instant assessedAt) {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.article = Objects.requireNonNull(article);
    this.country = Objects.requireNonNull(country);
    this.version = version;
    this.status = status.wire();
    this.provisions = new ArrayList<>(provisions);
    this.note = note;
    this.assessedBy = Objects.requireNonNull(assessedBy);
    this.assessedAt = Objects.requireNonNull(assessedAt);
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public String country() {
    return country;
  }

  public int version() {
    return version;
  }

  public ImplementationStatus status() {
    return ImplementationStatus.parse("status", status);
  }

  /** The ids of the national provisions that ground it, in the assessor's order. */
  public List<String> provisions() {
    return List.copyOf(provisions);
  }

  public String note() {
    return note;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }
}
