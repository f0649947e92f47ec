package org.consulta.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the splitter's eIds to the engine's. The engine never reuses the eId of a deleted article
 * (its history stays readable), so an article that disappears and later returns under the same
 * label is inserted under a fresh eId, {@code art_12_r2}.
 */
final class ServerEIds {
  private final Map<String, String> live = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The version as the engine will hold it: ordered eId to text. */
  LinkedHashMap<String, String> of(List<ArticleSplitter.Piece> pieces) {
    LinkedHashMap<String, String> target = new LinkedHashMap<>();
    Set<String> present = new HashSet<>();
    for (ArticleSplitter.Piece piece : pieces) {
      String eId = live.computeIfAbsent(piece.eId(), this::fresh);
      present.add(piece.eId());
      target.put(eId, piece.text());
    }
    live.keySet().retainAll(present);
    return target;
  }

  private String fresh(String key) {
    String eId = key;
    for (int n = 2; used.contains(eId); n++) {
      eId = key + "_r" + n;
    }
    used.add(eId);
    return eId;
  }
}
