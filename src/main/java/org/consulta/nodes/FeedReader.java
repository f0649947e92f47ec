package org.consulta.nodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Reads the change feed for this engine, on one connection of its own: it wakes on the feed's
 * NOTIFY and, in case a notification is lost (a dropped connection, a restart of the database),
 * every poll period anyway. Every few seconds it notes in {@code engine_node} how far it has read,
 * and now and then prunes what every engine has read.
 */
final class FeedReader implements Runnable {
  private static final Logger LOG = Logger.getLogger(FeedReader.class.getName());
  private static final Duration RETRY = Duration.ofSeconds(1);

  /** The timings; see {@code config/README.md}. */
  record Settings(
      Duration poll, Duration heartbeat, Duration pruneEvery, Duration gone, Duration kept) {}

  private final DataSource dataSource;
  private final EngineNode node;
  private final Consumer<FeedChanges> sink;
  private final Settings settings;
  private volatile boolean stopped;
  private FeedCursor cursor;
  private long started;
  private long lastHeartbeat;
  private long lastPrune;

  FeedReader(
      DataSource dataSource, EngineNode node, Consumer<FeedChanges> sink, Settings settings) {
    this.dataSource = dataSource;
    this.node = node;
    this.sink = sink;
    this.settings = settings;
  }

  /**
   * Takes the starting point before the indexes read the database for their first build, so that
   * whatever commits while they read is in the feed from there on.
   */
  void begin() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      cursor = new FeedCursor(FeedStore.horizon(c));
      started = cursor.horizon();
      FeedStore.heartbeat(c, node, cursor.horizon());
    }
  }

  /** The horizon this engine started reading from: everything below it ended before. */
  long started() {
    return started;
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    while (!stopped) {
      try (Connection c = dataSource.getConnection()) {
        PGConnection notifications = listening(c);
        while (!stopped) {
          read(c);
          housekeeping(c);
          await(notifications);
        }
      } catch (SQLException | RuntimeException e) {
        if (!stopped) {
          LOG.log(Level.WARNING, "Cannot read the change feed; trying again in " + RETRY, e);
          pause(RETRY);
        }
      }
    }
  }

  private void read(Connection c) throws SQLException {
    long next = FeedStore.horizon(c);
    if (FeedStore.floor(c) > cursor.horizon()) {
      LOG.warning(
          "The change feed was pruned past where this engine had read it; its indexes are"
              + " brought level with the database as a whole");
      cursor = new FeedCursor(next);
      sink.accept(FeedChanges.all(next));
      return;
    }
    Set<FeedChange> fresh = cursor.advance(next, FeedStore.from(c, cursor.horizon()));
    if (!fresh.isEmpty()) {
      sink.accept(new FeedChanges(fresh, false, cursor.horizon()));
    }
  }

  private void housekeeping(Connection c) throws SQLException {
    long now = System.nanoTime();
    if (now - lastHeartbeat >= settings.heartbeat().toNanos()) {
      FeedStore.heartbeat(c, node, cursor.horizon());
      lastHeartbeat = now;
    }
    if (now - lastPrune >= settings.pruneEvery().toNanos()) {
      int pruned = FeedStore.prune(c, settings.gone(), settings.kept());
      if (pruned > 0) {
        LOG.fine("Change feed: pruned " + pruned + " rows every engine has read");
      }
      lastPrune = now;
    }
  }

  /** LISTEN on the feed's channel; without a PostgreSQL connection to wait on, polling alone. */
  private PGConnection listening(Connection c) throws SQLException {
    if (!c.isWrapperFor(PGConnection.class)) {
      LOG.info(
          "Change feed: no notifications on this connection; polling every " + settings.poll());
      return null;
    }
    FeedStore.listen(c);
    return c.unwrap(PGConnection.class);
  }

  private void await(PGConnection notifications) throws SQLException {
    if (notifications == null) {
      pause(settings.poll());
    } else {
      notifications.getNotifications((int) settings.poll().toMillis());
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
