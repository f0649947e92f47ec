package org.consulta.drafting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable state of a division: its parent and its heading in every language, as a change left
 * it. Numbered 1, 2, 3 … per division; its place among its siblings is recorded by the versions
 * that hold it, in reading order.
 */
@Entity
@Table(name = "division_revision")
public class DivisionRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind")
  private DivisionChange change;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Division parent;

  private boolean deleted;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  private String message;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "division_revision_heading",
      joinColumns = @JoinColumn(name = "revision_id"))
  @MapKeyColumn(name = "lang")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "heading")
  private Map<Language, String> headings = new EnumMap<>(Language.class);

  protected DivisionRevision() {}

  /** The division as it stands now, as revision {@code number}. */
  DivisionRevision(
      Division division,
      int number,
      DivisionChange change,
      String author,
      Instant at,
      String message) {
    this.division = Objects.requireNonNull(division);
    this.number = number;
    this.change = Objects.requireNonNull(change);
    this.parent = division.parent();
    this.deleted = division.deleted();
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(at);
    this.message = Objects.requireNonNull(message);
    this.headings = division.headings();
  }

  public Long id() {
    return id;
  }

  public Division division() {
    return division;
  }

  public int number() {
    return number;
  }

  public DivisionChange change() {
    return change;
  }

  /** The parent division, or null at the top level of the law. */
  public Division parent() {
    return parent;
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

  public Map<Language, String> headings() {
    return Division.copy(headings);
  }
}
