package org.consulta.search;

import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.consulta.nodes.FeedBacklog;
import org.consulta.nodes.FeedChange;

/**
 * Where the work index kept on disk stands: its last commit records the version of what its
 * documents hold and the change-feed horizon it reflects (every change of a transaction below it).
 * A start catches up on the feed from there when the feed still holds every row since; otherwise,
 * or without a position to trust, the index is rebuilt from the database.
 */
final class WorkIndexPosition {
  private static final String SCHEMA = "schema";
  private static final String HORIZON = "feed.horizon";

  /** What a start does. */
  sealed interface Start permits CatchUp, Rebuild {}

  /** Rewrite what the feed named since {@code from}; the rest of the index is current. */
  record CatchUp(long from, Set<FeedChange> changes) implements Start {}

  /** Build the index anew; {@code reason} is logged. */
  record Rebuild(String reason) implements Start {}

  private WorkIndexPosition() {}

  /** The commit data recording that the index reflects every change below {@code horizon}. */
  static Map<String, String> commitData(String schema, long horizon) {
    return Map.of(SCHEMA, schema, HORIZON, Long.toString(horizon));
  }

  /**
   * Decides from the index's last commit data (empty when there is none) and, only when that holds
   * a position of this schema, the feed read from that position.
   */
  static Start decide(
      Map<String, String> committed, String schema, LongFunction<FeedBacklog> feedSince) {
    String horizon = committed.get(HORIZON);
    if (horizon == null || !horizon.matches("\\d{1,18}")) {
      return new Rebuild("missing");
    }
    if (!schema.equals(committed.get(SCHEMA))) {
      return new Rebuild("schema");
    }
    long from = Long.parseLong(horizon);
    FeedBacklog backlog = feedSince.apply(from);
    if (!backlog.reaches(from)) {
      return new Rebuild("feed-pruned");
    }
    return new CatchUp(from, backlog.changes());
  }
}
