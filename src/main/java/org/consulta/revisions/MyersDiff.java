package org.consulta.revisions;

import java.util.Arrays;
import java.util.LinkedList;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * diff-match-patch's {@code diffMain} without a time limit, made step for step as the library makes
 * it (common prefix and suffix, one text inside the other, Myers' bisection, the library's own
 * merge cleanup after each step), so its diffs are the library's. Without a limit, because past it
 * the library answers a coarser diff: the same two texts would then diff, merge and carry anchors
 * differently on a busy machine. Here, because the library, with no limit, reads every char through
 * {@code String.charAt} and cuts a substring at every step: the bisection runs on the two texts'
 * chars, and strings are cut only for the diffs it returns.
 */
final class MyersDiff {

  /** Used for its merge cleanup only, which keeps no state: the instance is never written. */
  static final DiffMatchPatch LIBRARY = new DiffMatchPatch();

  private final char[] text1;
  private final char[] text2;

  private MyersDiff(String text1, String text2) {
    this.text1 = text1.toCharArray();
    this.text2 = text2.toCharArray();
  }

  /** The diff that turns {@code text1} into {@code text2}, as {@code diffMain(text1, text2)}. */
  static LinkedList<Diff> between(String text1, String text2) {
    return new MyersDiff(text1, text2).main(0, text1.length(), 0, text2.length());
  }

  /** diffMain of text1[start1, end1) and text2[start2, end2). */
  private LinkedList<Diff> main(int start1, int end1, int start2, int end2) {
    int prefix = 0;
    int shorter = Math.min(end1 - start1, end2 - start2);
    while (prefix < shorter && text1[start1 + prefix] == text2[start2 + prefix]) {
      prefix++;
    }
    if (end1 - start1 == end2 - start2 && prefix == shorter) {
      LinkedList<Diff> diffs = new LinkedList<>();
      if (prefix != 0) {
        diffs.add(new Diff(Operation.EQUAL, string1(start1, end1)));
      }
      return diffs;
    }
    int suffix = 0;
    shorter -= prefix;
    while (suffix < shorter && text1[end1 - 1 - suffix] == text2[end2 - 1 - suffix]) {
      suffix++;
    }
    LinkedList<Diff> diffs =
        compute(start1 + prefix, end1 - suffix, start2 + prefix, end2 - suffix);
    if (prefix != 0) {
      diffs.addFirst(new Diff(Operation.EQUAL, string1(start1, start1 + prefix)));
    }
    if (suffix != 0) {
      diffs.addLast(new Diff(Operation.EQUAL, string1(end1 - suffix, end1)));
    }
    LIBRARY.diffCleanupMerge(diffs);
    return diffs;
  }

  /** diffCompute: the ranges share no prefix or suffix and are not equal. */
  private LinkedList<Diff> compute(int start1, int end1, int start2, int end2) {
    int length1 = end1 - start1;
    int length2 = end2 - start2;
    LinkedList<Diff> diffs = new LinkedList<>();
    if (length1 == 0) {
      diffs.add(new Diff(Operation.INSERT, string2(start2, end2)));
      return diffs;
    }
    if (length2 == 0) {
      diffs.add(new Diff(Operation.DELETE, string1(start1, end1)));
      return diffs;
    }
    if (length1 > length2) {
      int at = indexOf(text1, start1, end1, text2, start2, end2);
      if (at >= 0) {
        diffs.add(new Diff(Operation.DELETE, string1(start1, at)));
        diffs.add(new Diff(Operation.EQUAL, string2(start2, end2)));
        diffs.add(new Diff(Operation.DELETE, string1(at + length2, end1)));
        return diffs;
      }
    } else {
      int at = indexOf(text2, start2, end2, text1, start1, end1);
      if (at >= 0) {
        diffs.add(new Diff(Operation.INSERT, string2(start2, at)));
        diffs.add(new Diff(Operation.EQUAL, string1(start1, end1)));
        diffs.add(new Diff(Operation.INSERT, string2(at + length1, end2)));
        return diffs;
      }
    }
    if (Math.min(length1, length2) == 1) {
      diffs.add(new Diff(Operation.DELETE, string1(start1, end1)));
      diffs.add(new Diff(Operation.INSERT, string2(start2, end2)));
      return diffs;
    }
    // The library's half-match shortcut runs only under a time limit.
    return bisect(start1, end1, start2, end2);
  }

  /** Where {@code part} first occurs in {@code whole}, as an index of whole's array, or -1. */
  private static int indexOf(
      char[] whole, int wholeStart, int wholeEnd, char[] part, int partStart, int partEnd) {
    int length = partEnd - partStart;
    for (int at = wholeStart; at <= wholeEnd - length; at++) {
      int i = 0;
      while (i < length && whole[at + i] == part[partStart + i]) {
        i++;
      }
      if (i == length) {
        return at;
      }
    }
    return -1;
  }

  /** diffBisect: finds the middle snake, then diffs the two halves either side of it. */
  private LinkedList<Diff> bisect(int start1, int end1, int start2, int end2) {
    int length1 = end1 - start1;
    int length2 = end2 - start2;
    int maxD = (length1 + length2 + 1) / 2;
    int vOffset = maxD;
    int vLength = 2 * maxD;
    int[] v1 = new int[vLength];
    int[] v2 = new int[vLength];
    Arrays.fill(v1, -1);
    Arrays.fill(v2, -1);
    v1[vOffset + 1] = 0;
    v2[vOffset + 1] = 0;
    int delta = length1 - length2;
    // With an odd delta the forward path collides with the reverse path.
    boolean front = delta % 2 != 0;
    int k1start = 0;
    int k1end = 0;
    int k2start = 0;
    int k2end = 0;
    for (int d = 0; d < maxD; d++) {
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        int k1Offset = vOffset + k1;
        int x1;
        if (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1])) {
          x1 = v1[k1Offset + 1];
        } else {
          x1 = v1[k1Offset - 1] + 1;
        }
        int y1 = x1 - k1;
        while (x1 < length1 && y1 < length2 && text1[start1 + x1] == text2[start2 + y1]) {
          x1++;
          y1++;
        }
        v1[k1Offset] = x1;
        if (x1 > length1) {
          k1end += 2; // ran off the right of the graph
        } else if (y1 > length2) {
          k1start += 2; // ran off the bottom of the graph
        } else if (front) {
          int k2Offset = vOffset + delta - k1;
          if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1) {
            if (x1 >= length1 - v2[k2Offset]) {
              return split(start1, end1, start2, end2, x1, y1);
            }
          }
        }
      }
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        int k2Offset = vOffset + k2;
        int x2;
        if (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1])) {
          x2 = v2[k2Offset + 1];
        } else {
          x2 = v2[k2Offset - 1] + 1;
        }
        int y2 = x2 - k2;
        while (x2 < length1 && y2 < length2 && text1[end1 - x2 - 1] == text2[end2 - y2 - 1]) {
          x2++;
          y2++;
        }
        v2[k2Offset] = x2;
        if (x2 > length1) {
          k2end += 2;
        } else if (y2 > length2) {
          k2start += 2;
        } else if (!front) {
          int k1Offset = vOffset + delta - k2;
          if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1) {
            int x1 = v1[k1Offset];
            int y1 = vOffset + x1 - k1Offset;
            if (x1 >= length1 - x2) {
              return split(start1, end1, start2, end2, x1, y1);
            }
          }
        }
      }
    }
    // As many edits as chars: nothing in common.
    LinkedList<Diff> diffs = new LinkedList<>();
    diffs.add(new Diff(Operation.DELETE, string1(start1, end1)));
    diffs.add(new Diff(Operation.INSERT, string2(start2, end2)));
    return diffs;
  }

  private LinkedList<Diff> split(int start1, int end1, int start2, int end2, int x, int y) {
    LinkedList<Diff> diffs = main(start1, start1 + x, start2, start2 + y);
    diffs.addAll(main(start1 + x, end1, start2 + y, end2));
    return diffs;
  }

  private String string1(int start, int end) {
    return new String(text1, start, end - start);
  }

  private String string2(int start, int end) {
    return new String(text2, start, end - start);
  }
}
