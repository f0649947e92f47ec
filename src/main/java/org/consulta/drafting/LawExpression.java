package org.consulta.drafting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** One language version of a law: its title and preamble in that language. */
@Entity
@Table(name = "law_expression")
public class LawExpression {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "law_id")
  private Law law;

  @Enumerated(EnumType.STRING)
  private Language lang;

  private String title;

  private String preamble;

  protected LawExpression() {}

  LawExpression(Law law, Language lang, String title, String preamble) {
    this.law = Objects.requireNonNull(law);
    this.lang = Objects.requireNonNull(lang);
    this.title = Objects.requireNonNull(title);
    this.preamble = preamble;
  }

  public Law law() {
    return law;
  }

  public Language lang() {
    return lang;
  }

  public String title() {
    return title;
  }

  /** The current text of {@code part}; an absent preamble is the empty text. */
  public String text(LawPart part) {
    return switch (part) {
      case TITLE -> title;
      case PREAMBLE -> preamble == null ? "" : preamble;
    };
  }

  /** Makes {@code text} the current state of {@code part}, which a new revision records. */
  void revise(LawPart part, String text) {
    switch (part) {
      case TITLE -> this.title = Objects.requireNonNull(text);
      case PREAMBLE -> this.preamble = text.isEmpty() ? null : text;
    }
  }

  /** The considerations before the articles, or null when the law has none. */
  public String preamble() {
    return preamble;
  }
}
