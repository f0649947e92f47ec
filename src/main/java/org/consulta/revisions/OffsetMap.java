package org.consulta.revisions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Maps offsets in the before text of a diff to the after text, e.g. to carry comment anchors. */
public final class OffsetMap {

  /** Which side of new text an offset lands on when several after-positions would fit. */
  public enum Bias {
    LEFT,
    RIGHT
  }

  private final List<TextEdit> edits;
  private final int[] starts;
  private final int[] shiftBefore; // net length change of the edits before edits[i]
  private final int beforeLength;

  public OffsetMap(List<DiffOp> ops) {
    edits = WordDiff.edits(ops);
    starts = edits.stream().mapToInt(TextEdit::start).toArray();
    shiftBefore = new int[edits.size() + 1];
    for (int i = 0; i < edits.size(); i++) {
      shiftBefore[i + 1] = shiftBefore[i] + edits.get(i).lengthChange();
    }
    beforeLength =
        ops.stream()
            .filter(op -> op.kind() != DiffOp.Kind.INSERT)
            .mapToInt(op -> op.text().length())
            .sum();
  }

  /**
   * The after-text position of {@code offset}. The edges of a replaced range stay with their
   * unchanged neighbours; {@code bias} decides only at an insertion point or inside a deleted
   * range, LEFT giving the position before the new text and RIGHT the one after it.
   */
  public int map(int offset, Bias bias) {
    Objects.checkIndex(offset, beforeLength + 1);
    Objects.requireNonNull(bias, "bias");
    int i = lastEditStartingAtOrBefore(offset);
    if (i < 0) {
      return offset;
    }
    TextEdit edit = edits.get(i);
    if (offset > edit.end()) {
      return offset + shiftBefore[i + 1];
    }
    int newStart = edit.start() + shiftBefore[i];
    int newEnd = newStart + edit.replacement().length();
    boolean insertion = edit.start() == edit.end();
    if (!insertion && offset == edit.start()) {
      return newStart;
    }
    if (!insertion && offset == edit.end()) {
      return newEnd;
    }
    return bias == Bias.LEFT ? newStart : newEnd;
  }

  /**
   * Whether the before range {@code [start, end)} survives intact and contiguous: no part of it is
   * deleted and nothing is inserted strictly inside it.
   */
  public boolean unchanged(int start, int end) {
    Objects.checkFromToIndex(start, end, beforeLength);
    // Edits are sorted and apart, so the last one starting before end is the only one that can
    // reach into the range or insert inside it.
    int i = end == 0 ? -1 : lastEditStartingAtOrBefore(end - 1);
    if (i < 0) {
      return true;
    }
    return edits.get(i).end() <= start;
  }

  private int lastEditStartingAtOrBefore(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
