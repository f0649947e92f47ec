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
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A title, chapter or section of a law, with its heading in each language. */
@Entity
@Table(name = "division")
public class Division {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  @Column(name = "e_id")
  private String eId;

  @Enumerated(EnumType.STRING)
  private DivisionKind kind;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Division parent;

  private int ordinal;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "division_heading", joinColumns = @JoinColumn(name = "division_id"))
  @MapKeyColumn(name = "lang")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "heading")
  private Map<Language, String> headings = new EnumMap<>(Language.class);

  private boolean deleted;

  protected Division() {}

  public Division(
      Law law,
      String eId,
      DivisionKind kind,
      Division parent,
      int ordinal,
      Map<Language, String> headings) {
    this.law = Objects.requireNonNull(law);
    this.eId = Objects.requireNonNull(eId);
    this.kind = Objects.requireNonNull(kind);
    this.parent = parent;
    this.ordinal = ordinal;
    this.headings = copy(headings);
  }

  /** An EnumMap copy; {@code new EnumMap<>(map)} refuses an empty map of another class. */
  static Map<Language, String> copy(Map<Language, String> headings) {
    Map<Language, String> copy = new EnumMap<>(Language.class);
    copy.putAll(headings);
    return copy;
  }

  /**
   * A detached copy of {@code current} as {@code revision} recorded it, at {@code ordinal} among
   * the divisions of a recorded version: what a version's layout is built from. Never persisted.
   */
  static Division asRecorded(Division current, DivisionRevision revision, int ordinal) {
    var copy =
        new Division(
            current.law,
            current.eId,
            current.kind,
            revision.parent(),
            ordinal,
            revision.headings());
    copy.id = current.id;
    return copy;
  }

  public Long id() {
    return id;
  }

  public String eId() {
    return eId;
  }

  public DivisionKind kind() {
    return kind;
  }

  public Division parent() {
    return parent;
  }

  public int ordinal() {
    return ordinal;
  }

  public boolean deleted() {
    return deleted;
  }

  public Map<Language, String> headings() {
    return copy(headings);
  }

  void rename(Language lang, String heading) {
    headings.put(lang, Objects.requireNonNull(heading));
  }

  /** Puts the division under {@code parent} (null: the top level). */
  void placeUnder(Division parent) {
    this.parent = parent;
  }

  /** Its rank in the law's reading order of divisions; siblings are read by it. */
  void ordinal(int ordinal) {
    this.ordinal = ordinal;
  }

  void delete() {
    this.deleted = true;
  }

  /** Gives the division its heading in a language it had none in. */
  void headingIn(Language lang, String heading) {
    headings.putIfAbsent(lang, Objects.requireNonNull(heading));
  }

  public String heading(Language lang) {
    return headings.getOrDefault(lang, "");
  }
}
