package org.consulta.publication;

import java.util.Arrays;
import java.util.Locale;
import org.consulta.platform.DomainException;

/** What a comparative table does with the articles two texts share word for word. */
public enum Unchanged {
  /** One line each: number and heading, no text. */
  FOLD,
  /** Left out; the summary still counts them. */
  OMIT,
  /** Shown in full in both columns. */
  SHOW;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Unchanged parse(String field, String code) {
    if (code == null || code.isBlank()) {
      return FOLD;
    }
    return Arrays.stream(values())
        .filter(mode -> mode.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> DomainException.invalid(field, "unknown '" + code + "' (fold, omit, show)"));
  }
}
