package org.consulta.consultation;

import java.util.Objects;
import org.consulta.revisions.AnchorState;

/**
 * Where a comment points in the current text of its article, as stored: on a passage ({@code start}
 * and {@code end}, UTF-16 offsets) or on the whole article, how faithfully it followed the text,
 * and the revision that orphaned it, if any.
 */
record CommentAnchor(
    boolean onPassage, AnchorState state, Integer start, Integer end, Integer orphanedIn) {
  CommentAnchor {
    Objects.requireNonNull(state);
  }

  /**
   * The anchor after revision {@code revision} carried it in state {@code carried} to {@code start}
   * and {@code end}: the worse state wins, and an orphan stays orphaned, recording the revision
   * that orphaned it first.
   */
  CommentAnchor then(AnchorState carried, Integer start, Integer end, int revision) {
    AnchorState next = state.then(carried);
    if (next == AnchorState.ORPHANED) {
      return new CommentAnchor(
          onPassage, next, null, null, orphanedIn == null ? revision : orphanedIn);
    }
    return new CommentAnchor(onPassage, next, start, end, orphanedIn);
  }
}
