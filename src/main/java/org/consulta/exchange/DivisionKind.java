package org.consulta.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of division that group articles, each named by the prefix of its eId. */
public enum DivisionKind {
  TITLE("title"),
  CHAPTER("chp"),
  SECTION("sec");

  private final String eIdPrefix;

  DivisionKind(String eIdPrefix) {
    this.eIdPrefix = eIdPrefix;
  }

  /** The kind a division eId such as {@code chp_2} names, if it names one. */
  public static Optional<DivisionKind> ofEId(String eId) {
    return Arrays.stream(values()).filter(kind -> eId.startsWith(kind.eIdPrefix + "_")).findFirst();
  }

  public String eIdPrefix() {
    return eIdPrefix;
  }
}
