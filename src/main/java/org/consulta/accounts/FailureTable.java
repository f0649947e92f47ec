package org.consulta.accounts;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.consulta.platform.DatabaseMigration;

/**
 * The failure counts of the log-in throttle, in the database that every engine node shares. A
 * failure is recorded in a transaction of its own: the request that failed rolls back, its count
 * must not.
 */
@ApplicationScoped
public class FailureTable {
  /** Every this many new keys, keys forgotten or beyond the bound are deleted. */
  private static final int PRUNE_EVERY = 256;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  private final AtomicInteger newKeys = new AtomicInteger();

  public FailureTable() {}

  FailureTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The key's failures, or null when it has none. */
  public Throttle.Failures find(String scope, String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT failures, last_failure, wait_until FROM login_failure"
                    + " WHERE scope = ? AND key = ?")) {
      query.setString(1, scope);
      query.setString(2, Throttle.key(key));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? failures(row) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the log-in failures could not be read", e);
    }
  }

  /** Counts one more failure of the key at {@code now}, as {@code throttle} says. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(String scope, String key, Throttle throttle, Instant now) {
    String k = Throttle.key(key);
    try (Connection c = dataSource.getConnection()) {
      // The row first, so that two nodes counting the same key take turns on its lock.
      update(
          c,
          "INSERT INTO login_failure (scope, key, failures, last_failure, wait_until)"
              + " VALUES (?, ?, 0, ?, ?) ON CONFLICT DO NOTHING",
          scope,
          k,
          now,
          now);
      Throttle.Failures before;
      try (PreparedStatement query =
          c.prepareStatement(
              "SELECT failures, last_failure, wait_until FROM login_failure"
                  + " WHERE scope = ? AND key = ? FOR UPDATE")) {
        query.setString(1, scope);
        query.setString(2, k);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          before = row.getInt(1) == 0 ? null : failures(row);
        }
      }
      int count = throttle.countAfter(before, now);
      try (PreparedStatement write =
          c.prepareStatement(
              "UPDATE login_failure SET failures = ?, last_failure = ?, wait_until = ?"
                  + " WHERE scope = ? AND key = ?")) {
        write.setInt(1, count);
        write.setTimestamp(2, Timestamp.from(now));
        write.setTimestamp(3, Timestamp.from(now.plus(throttle.delayAfter(count))));
        write.setString(4, scope);
        write.setString(5, k);
        write.executeUpdate();
      }
      if (count == 1 && newKeys.incrementAndGet() % PRUNE_EVERY == 0) {
        prune(c, scope, throttle.settings(), now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the log-in failure could not be counted", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void clear(String scope, String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM login_failure WHERE scope = ? AND key = ?")) {
      delete.setString(1, scope);
      delete.setString(2, Throttle.key(key));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the log-in failures could not be cleared", e);
    }
  }

  /** The keys of a scope still counted. */
  int size(String scope) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("SELECT count(*) FROM login_failure WHERE scope = ?")) {
      query.setString(1, scope);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the log-in failures could not be counted", e);
    }
  }

  /** Forgets the keys quiet long enough, then the least recent beyond the bound. */
  private static void prune(Connection c, String scope, Throttle.Settings settings, Instant now)
      throws SQLException {
    try (PreparedStatement forgotten =
        c.prepareStatement("DELETE FROM login_failure WHERE scope = ? AND last_failure <= ?")) {
      forgotten.setString(1, scope);
      forgotten.setTimestamp(2, Timestamp.from(now.minus(settings.forgetAfter())));
      forgotten.executeUpdate();
    }
    try (PreparedStatement beyond =
        c.prepareStatement(
            "DELETE FROM login_failure WHERE scope = ? AND key IN (SELECT key FROM login_failure"
                + " WHERE scope = ? ORDER BY last_failure DESC OFFSET ?)")) {
      beyond.setString(1, scope);
      beyond.setString(2, scope);
      beyond.setInt(3, settings.maxKeys());
      beyond.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, String scope, String key, Instant... at)
      throws SQLException {
    try (PreparedStatement write = c.prepareStatement(sql)) {
      write.setString(1, scope);
      write.setString(2, key);
      for (int i = 0; i < at.length; i++) {
        write.setTimestamp(3 + i, Timestamp.from(at[i]));
      }
      write.executeUpdate();
    }
  }

  private static Throttle.Failures failures(ResultSet row) throws SQLException {
    return new Throttle.Failures(
        row.getInt(1), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant());
  }
}
