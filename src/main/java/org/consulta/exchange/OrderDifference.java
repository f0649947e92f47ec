package org.consulta.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains how two orderings of the same elements differ with as few moved elements as possible.
 */
final class OrderDifference {
  private OrderDifference() {}

  /**
   * The elements of {@code other} left out of a longest common subsequence with {@code reference}:
   * swapping two neighbours moves one element, not every element after them.
   */
  static List<String> movedElements(List<String> reference, List<String> other) {
    int[][] common = commonSubsequenceLengths(reference, other);
    List<String> moved = new ArrayList<>();
    int r = 0;
    int o = 0;
    while (o < other.size()) {
      if (r < reference.size() && reference.get(r).equals(other.get(o))) {
        r++;
        o++;
      } else if (r < reference.size() && common[r + 1][o] >= common[r][o + 1]) {
        r++;
      } else {
        moved.add(other.get(o));
        o++;
      }
    }
    return moved;
  }

  /** {@code [r][o]}: length of the longest common subsequence of the tails from r and from o. */
  private static int[][] commonSubsequenceLengths(List<String> reference, List<String> other) {
    int[][] common = new int[reference.size() + 1][other.size() + 1];
    for (int r = reference.size() - 1; r >= 0; r--) {
      for (int o = other.size() - 1; o >= 0; o--) {
        common[r][o] =
            reference.get(r).equals(other.get(o))
                ? common[r + 1][o + 1] + 1
                : Math.max(common[r + 1][o], common[r][o + 1]);
      }
    }
    return common;
  }
}
