package org.consulta.nodes;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far an engine has read the feed. A sequence number (or a time) is taken before commit, so the
 * feed can show row 12 before row 11; reading "after the last one seen" would then skip 11 for
 * good. The cursor goes by transaction instead: every row of a transaction below {@code horizon}
 * has been read. A reading takes the new horizon first (the oldest transaction still running), then
 * every visible row from the old horizon on; rows at or above the new horizon are read again next
 * time, since transactions below theirs may still commit, and are passed on only once.
 */
final class FeedCursor {
  private long horizon;
  private Set<FeedRow> passedAbove = Set.of();

  FeedCursor(long horizon) {
    this.horizon = horizon;
  }

  long horizon() {
    return horizon;
  }

  /**
   * Moves to {@code next}, given the rows of transactions from the current horizon on as read after
   * {@code next} was taken; returns the changes not passed on before.
   */
  Set<FeedChange> advance(long next, List<FeedRow> rows) {
    Set<FeedChange> fresh = new LinkedHashSet<>();
    Set<FeedRow> above = new HashSet<>();
    for (FeedRow row : rows) {
      if (!passedAbove.contains(row)) {
        fresh.add(row.change());
      }
      if (row.xid() >= next) {
        above.add(row);
      }
    }
    horizon = Math.max(horizon, next);
    passedAbove = above;
    return fresh;
  }
}
