package org.consulta.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where deleted articles go when two texts are read side by side: each one right after the nearest
 * article before it that the later text still has, so that they stay where they stood.
 */
public final class DeletedInPlace {
  private DeletedInPlace() {}

  /**
   * The items of {@code before} whose eId {@code kept} lacks, grouped under the eId of that nearest
   * kept article (the null key: none, they open the text), each group in its order.
   */
  public static <T> Map<String, List<T>> byPredecessor(
      List<T> before, Set<String> kept, Function<T, String> eId) {
    Map<String, List<T>> groups = new HashMap<>();
    String anchor = null;
    for (T item : before) {
      if (kept.contains(eId.apply(item))) {
        anchor = eId.apply(item);
      } else {
        groups.computeIfAbsent(anchor, k -> new ArrayList<>()).add(item);
      }
    }
    return groups;
  }
}
