package org.consulta.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The feed's SQL, on a connection the caller holds (autocommit: each statement its own snapshot).
 */
final class FeedStore {
  static final String CHANNEL = "change_feed";

  private FeedStore() {}

  /**
   * The oldest transaction still running, or the next one when none runs: every transaction below
   * it has ended, so its feed rows, if it committed, are visible to any later statement.
   */
  static long horizon(Connection c) throws SQLException {
    return single(c, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
  }

  /** Every feed row of a transaction below this one has been pruned. */
  static long floor(Connection c) throws SQLException {
    return single(c, "SELECT xid FROM change_feed_floor WHERE id = 1");
  }

  /** The rows of transactions from {@code horizon} on, oldest transaction first. */
  static List<FeedRow> from(Connection c, long horizon) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT xid, kind, ref FROM change_feed WHERE xid >= ? ORDER BY xid")) {
      s.setLong(1, horizon);
      List<FeedRow> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(new FeedRow(r.getLong(1), new FeedChange(r.getString(2), r.getString(3))));
        }
      }
      return rows;
    }
  }

  /**
   * The rows of transactions from {@code horizon} on, with the floor, in one snapshot: a prune
   * deletes rows and raises the floor in one statement, so the two agree.
   */
  static FeedBacklog backlog(Connection c, long horizon) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    int isolation = c.getTransactionIsolation();
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      long floor = floor(c);
      Set<FeedChange> changes = new HashSet<>();
      from(c, horizon).forEach(row -> changes.add(row.change()));
      c.commit();
      return new FeedBacklog(floor, changes);
    } finally {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      c.setTransactionIsolation(isolation);
      c.setAutoCommit(autoCommit);
    }
  }

  /** Notes that this engine is alive and has read every transaction below {@code applied}. */
  static void heartbeat(Connection c, EngineNode node, long applied) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO engine_node (id, name, started_at, seen_at, applied_xid)"
                + " VALUES (?, ?, ?, now(), ?) ON CONFLICT (id) DO UPDATE"
                + " SET name = EXCLUDED.name, started_at = EXCLUDED.started_at, seen_at = now(),"
                + " applied_xid = EXCLUDED.applied_xid")) {
      s.setString(1, node.id());
      s.setString(2, node.name());
      s.setObject(3, node.startedAt());
      s.setLong(4, applied);
      s.executeUpdate();
    }
  }

  /**
   * Forgets engines not seen for {@code gone}, then deletes the rows that every remaining engine
   * has read and that are older than {@code kept}, raising the floor past them. Returns how many
   * rows went. Safe to run from several engines at once: deletions only ever raise the floor.
   */
  static int prune(Connection c, Duration gone, Duration kept) throws SQLException {
    try (PreparedStatement forget =
        c.prepareStatement(
            "DELETE FROM engine_node WHERE seen_at < now() - make_interval(secs => ?)")) {
      forget.setLong(1, gone.toSeconds());
      forget.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH gone AS (DELETE FROM change_feed WHERE written_at < now() - make_interval(secs"
                + " => ?) AND xid < (SELECT coalesce(min(applied_xid), 0) FROM engine_node)"
                + " RETURNING xid), top AS (SELECT max(xid) + 1 AS xid, count(*) AS n FROM gone)"
                + " UPDATE change_feed_floor SET xid = greatest(change_feed_floor.xid, top.xid)"
                + " FROM top WHERE id = 1 AND top.n > 0 RETURNING top.n")) {
      s.setLong(1, kept.toSeconds());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  static void listen(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + CHANNEL);
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
