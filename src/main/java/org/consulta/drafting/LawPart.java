package org.consulta.drafting;

import java.util.Locale;

/** The parts of a language version of a law that are not articles: each under revision. */
public enum LawPart {
  TITLE(500, false),
  PREAMBLE(LawPlanReader.MAX_TEXT, true);

  private final int maxLength;
  private final boolean mayBeEmpty;

  LawPart(int maxLength, boolean mayBeEmpty) {
    this.maxLength = maxLength;
    this.mayBeEmpty = mayBeEmpty;
  }

  public int maxLength() {
    return maxLength;
  }

  /** A law may have no preamble, but never an empty title. */
  public boolean mayBeEmpty() {
    return mayBeEmpty;
  }

  /** The path segment and JSON name: {@code title}, {@code preamble}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static LawPart ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
