package org.consulta.drafting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a division eId such as {@code chp_2} names, if it names one. */
  public static Optional<DivisionKind> ofEId(String eId) {
    return Arrays.stream(values()).filter(kind -> eId.startsWith(kind.prefix + "_")).findFirst();
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
