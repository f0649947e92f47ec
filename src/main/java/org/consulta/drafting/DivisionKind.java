package org.consulta.drafting;

import org.consulta.platform.DomainException;

/** The kinds of division of a law, with the Akoma Ntoso eId prefix of each. */
public enum DivisionKind {
  TITLE("title"),
  CHAPTER("chp"),
  SECTION("sec");

  private final String prefix;

  DivisionKind(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DivisionKind parse(String field, String label) {
    for (DivisionKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw DomainException.invalid(field, "unknown division kind '" + label + "'");
  }
}
