package org.consulta.revisions;

import java.util.List;
import java.util.Objects;

/** The outcome of a {@link ThreeWayMerge}: merged text, or the conflicts that prevent it. */
public sealed interface MergeResult {

  /**
   * The merged text; {@code merged} is true when both sides had changed the base and their changes
   * were combined, false when one side's text was simply taken.
   */
  record Clean(String text, boolean merged) implements MergeResult {
    public Clean {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Every region both sides changed incompatibly, in base order. */
  record Conflicting(List<MergeConflict> conflicts) implements MergeResult {
    public Conflicting {
      conflicts = List.copyOf(conflicts);
      if (conflicts.isEmpty()) {
        throw new IllegalArgumentException("a conflicting merge needs at least one conflict");
      }
    }
  }
}
