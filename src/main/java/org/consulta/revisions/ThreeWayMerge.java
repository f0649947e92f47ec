package org.consulta.revisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consulta.revisions.MergeResult.Clean;
import org.consulta.revisions.MergeResult.Conflicting;

/**
 * Merges an edit made against an older base into the current text, word by word.
 *
 * <p>The edit's changes are placed at positions computed exactly from the current side's changes,
 * never by searching for similar text: fuzzy patching (diff-match-patch's patch_apply) would move
 * an edit of a clause the other side deleted onto a look-alike clause elsewhere.
 */
public final class ThreeWayMerge {

  private ThreeWayMerge() {}

  /**
   * Merges {@code edit} into {@code current}; both derive from {@code base}. Changes to disjoint
   * parts of the base combine cleanly, changes that overlap or touch conflict unless identical.
   */
  public static MergeResult merge(String base, String current, String edit) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(edit, "edit");
    if (edit.equals(base) || current.equals(edit)) {
      return new Clean(current, false);
    }
    if (current.equals(base)) {
      return new Clean(edit, false);
    }
    List<TextEdit> theirs = WordDiff.edits(WordDiff.between(base, current));
    List<TextEdit> yours = WordDiff.edits(WordDiff.between(base, edit));
    List<MergeConflict> conflicts = conflicts(base, theirs, yours);
    if (!conflicts.isEmpty()) {
      return new Conflicting(conflicts);
    }
    return new Clean(applyShifted(current, theirs, yours), true);
  }

  /**
   * Groups conflicting hunks into conflicts: hunks linked by conflicts, directly or through other
   * hunks, form one. Each side's hunks are sorted with gaps between them, so the theirs hunks a
   * yours hunk touches are consecutive, a sweep finds them, and each group is an index range on
   * both sides.
   */
  private static List<MergeConflict> conflicts(
      String base, List<TextEdit> theirs, List<TextEdit> yours) {
    List<HunkGroup> groups = new ArrayList<>();
    int firstTouching = 0;
    for (int y = 0; y < yours.size(); y++) {
      TextEdit mine = yours.get(y);
      while (firstTouching < theirs.size() && theirs.get(firstTouching).end() < mine.start()) {
        firstTouching++;
      }
      for (int t = firstTouching; t < theirs.size() && theirs.get(t).start() <= mine.end(); t++) {
        if (!conflicting(theirs.get(t), mine)) {
          continue;
        }
        int last = groups.size() - 1;
        if (last >= 0 && (t == groups.get(last).theirsTo() || y == groups.get(last).yoursTo())) {
          groups.set(last, groups.get(last).extendedTo(t, y));
        } else {
          groups.add(new HunkGroup(t, t, y, y));
        }
      }
    }
    return groups.stream()
        .map(
            group ->
                toConflict(
                    base,
                    theirs.subList(group.theirsFrom(), group.theirsTo() + 1),
                    yours.subList(group.yoursFrom(), group.yoursTo() + 1)))
        .toList();
  }

  /** Inclusive index ranges of the hunks in one conflict. */
  private record HunkGroup(int theirsFrom, int theirsTo, int yoursFrom, int yoursTo) {
    HunkGroup extendedTo(int theirsIndex, int yoursIndex) {
      return new HunkGroup(theirsFrom, theirsIndex, yoursFrom, yoursIndex);
    }
  }

  private static boolean conflicting(TextEdit a, TextEdit b) {
    if (a.equals(b)) {
      return false; // the same change on both sides is applied once
    }
    boolean intersect = a.start() < b.end() && b.start() < a.end();
    boolean insertion = a.start() == a.end() || b.start() == b.end();
    boolean touch = a.start() <= b.end() && b.start() <= a.end();
    return intersect || (insertion && touch);
  }

  private static MergeConflict toConflict(
      String base, List<TextEdit> theirHunks, List<TextEdit> yourHunks) {
    int start = Math.min(theirHunks.get(0).start(), yourHunks.get(0).start());
    int end =
        Math.max(
            theirHunks.get(theirHunks.size() - 1).end(), yourHunks.get(yourHunks.size() - 1).end());
    return new MergeConflict(
        start,
        end,
        base.substring(start, end),
        applyWithin(base, start, end, theirHunks),
        applyWithin(base, start, end, yourHunks));
  }

  /** The base span {@code [start, end)} with the given hunks, which lie inside it, applied. */
  private static String applyWithin(String base, int start, int end, List<TextEdit> hunks) {
    StringBuilder text = new StringBuilder();
    int copied = start;
    for (TextEdit hunk : hunks) {
      text.append(base, copied, hunk.start()).append(hunk.replacement());
      copied = hunk.end();
    }
    return text.append(base, copied, end).toString();
  }

  /**
   * Applies yours hunks to current, each at its base position plus the net length change of the
   * theirs hunks before it. Only called without conflicts, so every theirs hunk lies wholly before
   * or after a yours hunk, or is identical to it and already in current.
   */
  private static String applyShifted(String current, List<TextEdit> theirs, List<TextEdit> yours) {
    StringBuilder merged = new StringBuilder(current.length());
    int copied = 0;
    int shift = 0;
    int t = 0;
    for (TextEdit mine : yours) {
      while (t < theirs.size()
          && theirs.get(t).end() <= mine.start()
          && !theirs.get(t).equals(mine)) {
        shift += theirs.get(t).lengthChange();
        t++;
      }
      if (t < theirs.size() && theirs.get(t).equals(mine)) {
        continue;
      }
      int start = mine.start() + shift;
      merged.append(current, copied, start).append(mine.replacement());
      copied = start + (mine.end() - mine.start());
    }
    return merged.append(current, copied, current.length()).toString();
  }
}
