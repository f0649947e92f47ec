package org.consulta.drafting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A model law: the Akoma Ntoso work, which has one expression per language. */
@Entity
@Table(name = "law")
public class Law {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;

  @Column(name = "work_uri")
  private String workUri;

  private String topic;

  @Column(name = "created_at")
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "working_text_readers")
  private WorkingTextReaders workingTextReaders = WorkingTextReaders.EVERYONE;

  @Enumerated(EnumType.STRING)
  private Numbering numbering = Numbering.SEQUENTIAL;

  @OneToMany(mappedBy = "law", cascade = CascadeType.PERSIST)
  @OrderBy("lang")
  private List<LawExpression> expressions = new ArrayList<>();

  protected Law() {}

  /** A model law, numbered in sequence. */
  public Law(String slug, String workUri, String topic, Instant createdAt) {
    this(slug, workUri, topic, Numbering.SEQUENTIAL, createdAt);
  }

  public Law(String slug, String workUri, String topic, Numbering numbering, Instant createdAt) {
    this.slug = Objects.requireNonNull(slug);
    this.workUri = Objects.requireNonNull(workUri);
    this.topic = Objects.requireNonNull(topic);
    this.numbering = Objects.requireNonNull(numbering);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public LawExpression addExpression(Language lang, String title, String preamble) {
    var expression = new LawExpression(this, lang, title, preamble);
    expressions.add(expression);
    return expression;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String workUri() {
    return workUri;
  }

  public String topic() {
    return topic;
  }

  public Numbering numbering() {
    return numbering;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public WorkingTextReaders workingTextReaders() {
    return workingTextReaders;
  }

  public void readWorkingTextBy(WorkingTextReaders readers) {
    this.workingTextReaders = Objects.requireNonNull(readers);
  }

  public List<LawExpression> expressions() {
    return List.copyOf(expressions);
  }

  public List<Language> languages() {
    return expressions.stream().map(LawExpression::lang).sorted().toList();
  }

  public Optional<LawExpression> expression(Language lang) {
    return expressions.stream().filter(e -> e.lang() == lang).findFirst();
  }
}
