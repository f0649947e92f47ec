package org.consulta.nodes;

import java.util.Set;

/**
 * The feed's rows from some horizon on, read in one snapshot with the feed's floor: they are all of
 * them only when nothing at or above that horizon was pruned.
 */
public record FeedBacklog(long floor, Set<FeedChange> changes) {
  public FeedBacklog {
    changes = Set.copyOf(changes);
  }

  /** Whether every row of a transaction from {@code horizon} on is still in the feed. */
  public boolean reaches(long horizon) {
    return floor <= horizon;
  }
}
