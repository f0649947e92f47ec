package org.consulta.nodes;

import java.util.List;
import java.util.Set;

/**
 * What the change feed says went stale since the last reading, fired to the indexes of this engine.
 * {@code everything} means that rows may have been missed (the feed was pruned past where this
 * engine had read, or the engine just started): each index must be brought level with the database
 * as a whole, by catching up on its own watermark or by a rebuild. Every change of a transaction
 * below {@code horizon} has now been handed on, in this reading or an earlier one.
 */
public record FeedChanges(Set<FeedChange> changes, boolean everything, long horizon) {
  public FeedChanges {
    changes = Set.copyOf(changes);
  }

  static FeedChanges all(long horizon) {
    return new FeedChanges(Set.of(), true, horizon);
  }

  public boolean touches(String kind) {
    return everything || changes.stream().anyMatch(c -> c.kind().equals(kind));
  }

  public List<String> refs(String kind) {
    return changes.stream().filter(c -> c.kind().equals(kind)).map(FeedChange::ref).toList();
  }
}
