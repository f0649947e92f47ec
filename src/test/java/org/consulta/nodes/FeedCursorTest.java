package org.consulta.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.consulta.api.MigratedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed read on a real PostgreSQL, with the application's migrations, where transactions commit
 * out of the order in which they wrote.
 */
class FeedCursorTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = MigratedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM change_feed");
      s.execute("DELETE FROM engine_node");
      s.execute("UPDATE change_feed_floor SET xid = 0");
    }
  }

  @Test
  void aRowThatCommitsAfterALaterOneIsStillRead() throws SQLException {
    try (Connection reader = connection();
        Connection early = connection();
        Connection late = connection()) {
      FeedCursor cursor = new FeedCursor(FeedStore.horizon(reader));
      early.setAutoCommit(false);
      late.setAutoCommit(false);
      Instant earlyAt = write(early, "comment", "1");
      Instant lateAt = write(late, "comment", "2");
      late.commit();
      assertTrue(earlyAt.isBefore(lateAt));

      assertEquals(Set.of(change("2")), read(reader, cursor));
      assertEquals(Set.of(), read(reader, cursor), "a row is passed on once");

      early.commit();
      assertEquals(Set.of(change("1")), read(reader, cursor), "the earlier number, committed late");
      assertEquals(Set.of(), read(reader, cursor));
    }
  }

  @Test
  void readingAfterTheLastWriteSeenWouldHaveSkippedIt() throws SQLException {
    try (Connection reader = connection();
        Connection early = connection();
        Connection late = connection()) {
      early.setAutoCommit(false);
      late.setAutoCommit(false);
      Instant earlyAt = write(early, "comment", "1");
      write(late, "comment", "2");
      late.commit();
      Instant lastSeen = lastVisibleWrite(reader);
      early.commit();
      assertTrue(earlyAt.isBefore(lastSeen), "the naive reader's position is already past row 1");
    }
  }

  @Test
  void aRolledBackWriteLeavesNothingAndHoldsNothingUp() throws SQLException {
    try (Connection reader = connection();
        Connection failed = connection();
        Connection done = connection()) {
      FeedCursor cursor = new FeedCursor(FeedStore.horizon(reader));
      failed.setAutoCommit(false);
      write(failed, "comment", "1");
      write(done, "comment", "2");
      assertEquals(Set.of(change("2")), read(reader, cursor));
      failed.rollback();
      assertEquals(Set.of(), read(reader, cursor));
      long horizon = cursor.horizon();
      write(done, "comment", "3");
      assertEquals(Set.of(change("3")), read(reader, cursor));
      assertTrue(cursor.horizon() > horizon, "the horizon moves past the rolled-back transaction");
    }
  }

  @Test
  void theTriggersWriteTheFeedInTheWritersTransaction() throws SQLException {
    try (Connection reader = connection();
        Connection writer = connection()) {
      FeedCursor cursor = new FeedCursor(FeedStore.horizon(reader));
      writer.setAutoCommit(false);
      try (Statement s = writer.createStatement()) {
        s.execute("UPDATE legislation_stamp SET stamp = stamp + 1 WHERE id = 1");
      }
      assertEquals(Set.of(), read(reader, cursor), "nothing before the commit");
      writer.commit();
      Set<FeedChange> changes = read(reader, cursor);
      assertEquals(1, changes.size());
      assertEquals(FeedChange.LEGISLATION, changes.iterator().next().kind());
    }
  }

  @Test
  void pruningRaisesTheFloorPastWhatEveryEngineHasRead() throws SQLException {
    try (Connection c = connection()) {
      write(c, "comment", "1");
      EngineNode node = new EngineNode();
      node.dataDir = System.getProperty("java.io.tmpdir") + "/feed-cursor-" + System.nanoTime();
      node.identify();
      FeedStore.heartbeat(c, node, 0);
      assertEquals(0, FeedStore.prune(c, Duration.ofMinutes(10), Duration.ZERO), "not yet read");
      long horizon = FeedStore.horizon(c);
      FeedStore.heartbeat(c, node, horizon);
      assertEquals(1, FeedStore.prune(c, Duration.ofMinutes(10), Duration.ZERO));
      assertTrue(FeedStore.floor(c) > 0 && FeedStore.floor(c) <= horizon);
    }
  }

  @Test
  void aBacklogReachesAPositionOnlyUntilTheFeedIsPrunedPastIt() throws SQLException {
    try (Connection c = connection()) {
      long position = FeedStore.horizon(c);
      write(c, "comment", "1");
      write(c, "law", "parity");
      FeedBacklog kept = FeedStore.backlog(c, position);
      assertTrue(kept.reaches(position));
      assertEquals(Set.of(change("1"), new FeedChange(FeedChange.LAW, "parity")), kept.changes());
      assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
      EngineNode node = new EngineNode();
      node.dataDir = System.getProperty("java.io.tmpdir") + "/feed-cursor-" + System.nanoTime();
      node.identify();
      FeedStore.heartbeat(c, node, FeedStore.horizon(c));
      FeedStore.prune(c, Duration.ofMinutes(10), Duration.ZERO);
      assertFalse(FeedStore.backlog(c, position).reaches(position));
    }
  }

  private static Set<FeedChange> read(Connection reader, FeedCursor cursor) throws SQLException {
    long next = FeedStore.horizon(reader);
    return cursor.advance(next, FeedStore.from(reader, cursor.horizon()));
  }

  /** Writes a row as a trigger would; returns when, as a position by time would record it. */
  private static Instant write(Connection c, String kind, String ref) throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO change_feed (kind, ref) VALUES (?, ?) RETURNING written_at")) {
      s.setString(1, kind);
      s.setString(2, ref);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getTimestamp(1).toInstant();
      }
    }
  }

  private static Instant lastVisibleWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var r = s.executeQuery("SELECT max(written_at) FROM change_feed")) {
      r.next();
      return r.getTimestamp(1).toInstant();
    }
  }

  private static FeedChange change(String id) {
    return new FeedChange(FeedChange.COMMENT, id);
  }

  private static Connection connection() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }
}
