package org.consulta.nodes;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far an engine has read the feed. Sequence numbers are taken before commit, so the feed can
 * show row 12 before row 11; reading "after the last sequence seen" would then skip 11 for good.
 * The cursor goes by transaction instead: every row of a transaction below {@code horizon} has been
 * read. A reading takes the new horizon first (the oldest transaction still running), then every
 * visible row from the old horizon on; rows at or above the new horizon are read again next time,
 * since their transaction's neighbours may still commit, and are passed on only once.
 */
final class FeedCursor {
  private long horizon;
  private Set<Long> passedAbove = Set.of();

  FeedCursor(long horizon) {
    this.horizon = horizon;
  }

  long horizon() {
    return horizon;
  }

  /**
   * Moves to {@code next}, given the rows of transactions from the current horizon on as read after
   * {@code next} was taken; returns the changes not passed on before, in sequence order.
   */
  Set<FeedChange> advance(long next, List<FeedRow> rows) {
    Set<FeedChange> fresh = new LinkedHashSet<>();
    Set<Long> above = new HashSet<>();
    for (FeedRow row : rows) {
      if (!passedAbove.contains(row.seq())) {
        fresh.add(row.change());
      }
      if (row.xid() >= next) {
        above.add(row.seq());
      }
    }
    horizon = Math.max(horizon, next);
    passedAbove = above;
    return fresh;
  }
}
