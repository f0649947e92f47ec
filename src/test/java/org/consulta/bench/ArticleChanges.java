package org.consulta.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API calls that turn one version of a law into the next: deletions first (so every anchor
 * named later is live), then, in the new order, insertions, moves and edits. Only articles off the
 * longest run that kept its order are moved, so a reordering costs as few revisions as it can.
 */
final class ArticleChanges {
  /** One write; {@code after} null means "at the start of the chapter". */
  sealed interface Change {
    String eId();
  }

  record Delete(String eId) implements Change {}

  record Insert(String eId, String after, String text) implements Change {}

  record Move(String eId, String after) implements Change {}

  record Edit(String eId, String text) implements Change {}

  private ArticleChanges() {}

  /**
   * The changes from {@code current} to {@code target}, both ordered maps from eId to text (the
   * eIds in {@code target} are already the ones the server knows).
   */
  static List<Change> between(
      LinkedHashMap<String, String> current, LinkedHashMap<String, String> target) {
    List<Change> changes = new ArrayList<>();
    for (String eId : current.keySet()) {
      if (!target.containsKey(eId)) {
        changes.add(new Delete(eId));
      }
    }
    Set<String> inPlace = keptInOrder(current, target);
    String previous = null;
    for (Map.Entry<String, String> article : target.entrySet()) {
      String eId = article.getKey();
      String old = current.get(eId);
      if (old == null) {
        changes.add(new Insert(eId, previous, article.getValue()));
      } else {
        if (!inPlace.contains(eId)) {
          changes.add(new Move(eId, previous));
        }
        if (!old.equals(article.getValue())) {
          changes.add(new Edit(eId, article.getValue()));
        }
      }
      previous = eId;
    }
    return changes;
  }

  /** The articles of both versions that form a longest subsequence in the same order. */
  private static Set<String> keptInOrder(
      LinkedHashMap<String, String> current, LinkedHashMap<String, String> target) {
    Map<String, Integer> oldPosition = new HashMap<>();
    int i = 0;
    for (String eId : current.keySet()) {
      oldPosition.put(eId, i++);
    }
    List<String> kept = target.keySet().stream().filter(oldPosition::containsKey).toList();
    int n = kept.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int position = oldPosition.get(kept.get(k));
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (oldPosition.get(kept.get(tails[mid])) < position) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      length = Math.max(length, lo + 1);
    }
    Set<String> inOrder = new HashSet<>();
    for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
      inOrder.add(kept.get(k));
    }
    return inOrder;
  }

  static long count(List<Change> changes, Class<? extends Change> kind) {
    return changes.stream().filter(kind::isInstance).count();
  }
}
