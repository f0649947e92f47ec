package org.consulta.revisions;

/**
 * How faithfully a commented passage survived a revision, from best to worst. The declaration order
 * is the ranking {@link #then} relies on.
 */
public enum AnchorState {
  /**
   * The passage is intact in its place: carried by the diff, or inside the text that replaced it
   * when the diff folded it into the edits around it.
   */
  EXACT,
  /** The passage is intact but the diff did not carry it; it was found elsewhere. */
  MOVED,
  /** The passage was edited: it partly survives, was replaced in place, or was found changed. */
  CHANGED,
  /** The passage is gone, or could only be matched ambiguously. */
  ORPHANED;

  /**
   * The state relative to the original passage after a further revision in state {@code next}: a
   * passage moved once and then carried exactly is still moved, so the worse of the two wins.
   */
  public AnchorState then(AnchorState next) {
    return compareTo(next) >= 0 ? this : next;
  }
}
