package org.consulta.revisions;

import java.util.Objects;

/**
 * A part of the base text that both sides changed incompatibly: {@code base} is {@code [baseStart,
 * baseEnd)} of the base text, {@code theirs} and {@code yours} what the current and the edited
 * version each made of it.
 */
public record MergeConflict(int baseStart, int baseEnd, String base, String theirs, String yours) {

  public MergeConflict {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(theirs, "theirs");
    Objects.requireNonNull(yours, "yours");
    if (baseStart < 0 || baseEnd < baseStart || base.length() != baseEnd - baseStart) {
      throw new IllegalArgumentException(
          "base text does not fit span [" + baseStart + ", " + baseEnd + ")");
    }
  }
}
