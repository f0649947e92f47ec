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
import java.util.HashSet;
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
  void aCommentIsNamedWhenWhatTheIndexCopiesChangesNotWhenOnlyItsAnchorMoves() throws SQLException {
    try (Connection reader = connection();
        Connection writer = connection();
        Statement s = writer.createStatement()) {
      long comment = commentOnANewArticle(s);
      FeedCursor cursor = new FeedCursor(FeedStore.horizon(reader));
      s.executeUpdate(
          "UPDATE consultation_comment SET anchor_start = anchor_start + 7,"
              + " anchor_end = anchor_end + 7 WHERE id = "
              + comment);
      assertEquals(Set.of(), read(reader, cursor), "the index holds no anchor offsets");
      s.executeUpdate(
          "UPDATE consultation_comment SET anchor_state = 'CHANGED', anchor_end = anchor_end + 1"
              + " WHERE id = "
              + comment);
      assertEquals(Set.of(change(Long.toString(comment))), read(reader, cursor), "its state");
      s.executeUpdate(
          "UPDATE consultation_comment SET anchor_state = 'ORPHANED', anchor_start = NULL,"
              + " anchor_end = NULL, orphaned_in = 3 WHERE id = "
              + comment);
      assertEquals(Set.of(change(Long.toString(comment))), read(reader, cursor), "orphaned");
      s.executeUpdate("UPDATE consultation_comment SET body = 'Otro texto' WHERE id = " + comment);
      assertEquals(Set.of(change(Long.toString(comment))), read(reader, cursor), "its text");
    }
  }

  @Test
  void theCommentUpdateTriggerWatchesEveryColumnButTheAnchorsPlace() throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      Set<String> watched =
          names(
              s,
              "SELECT a.attname FROM pg_trigger t JOIN pg_attribute a ON a.attrelid = t.tgrelid"
                  + " AND a.attnum = ANY(t.tgattr)"
                  + " WHERE t.tgname = 'change_feed_comments_update'");
      Set<String> columns =
          names(
              s,
              "SELECT attname FROM pg_attribute WHERE attrelid = 'consultation_comment'::regclass"
                  + " AND attnum > 0 AND NOT attisdropped");
      columns.removeAll(Set.of("anchor_start", "anchor_end", "orphaned_in"));
      assertEquals(columns, watched, "a column added to comments must be added to the trigger");
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

  /** A comment on a passage of a new article in a new round; returns its id. */
  private static long commentOnANewArticle(Statement s) throws SQLException {
    String tag = Long.toString(System.nanoTime());
    s.execute(
        "INSERT INTO account (username, display_name, password_hash, created_at)"
            + " VALUES ('feed-"
            + tag
            + "', 'Feed', 'x', now())");
    s.execute(
        "INSERT INTO law (slug, work_uri, topic, created_at)"
            + " VALUES ('feed-"
            + tag
            + "', '/feed/"
            + tag
            + "', 'feed', now())");
    s.execute(
        "INSERT INTO article (law_id, e_id) SELECT id, 'art_1' FROM law WHERE slug = 'feed-"
            + tag
            + "'");
    s.execute(
        "INSERT INTO law_version (law_id, number, label, author, created_at)"
            + " SELECT id, 1, 'v1', 'feed', now() FROM law WHERE slug = 'feed-"
            + tag
            + "'");
    s.execute(
        "INSERT INTO consultation (law_id, version_id, title, description, languages,"
            + " starts_at, ends_at, created_by, created_at)"
            + " SELECT l.id, v.id, 'R', 'D', 'es', now(), now(), 'feed', now()"
            + " FROM law l JOIN law_version v ON v.law_id = l.id WHERE l.slug = 'feed-"
            + tag
            + "'");
    try (var r =
        s.executeQuery(
            "INSERT INTO consultation_comment (consultation_id, article_id, lang, revision,"
                + " author_id, body, passage_start, passage_end, anchor_state, anchor_start,"
                + " anchor_end, created_at)"
                + " SELECT c.id, a.id, 'es', 1, u.id, 'Un comentario', 0, 5, 'EXACT', 0, 5, now()"
                + " FROM consultation c JOIN law l ON l.id = c.law_id"
                + " JOIN article a ON a.law_id = l.id"
                + " JOIN account u ON u.username = l.slug WHERE l.slug = 'feed-"
                + tag
                + "' RETURNING id")) {
      r.next();
      return r.getLong(1);
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

  private static Set<String> names(Statement s, String query) throws SQLException {
    Set<String> names = new HashSet<>();
    try (var rows = s.executeQuery(query)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
