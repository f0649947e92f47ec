package org.consulta.revisions;

import java.util.Objects;

/**
 * Replaces {@code [start, end)} of the before text with {@code replacement}; an insertion has
 * {@code start == end}, a deletion an empty replacement.
 */
public record TextEdit(int start, int end, String replacement) {

  public TextEdit {
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  /** How much longer the text gets; negative when it shrinks. */
  int lengthChange() {
    return replacement.length() - (end - start);
  }

  /** How many chars of the before range {@code [from, to)} this edit replaces or deletes. */
  int replacedWithin(int from, int to) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
}
