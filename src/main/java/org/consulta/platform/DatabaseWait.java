package org.consulta.platform;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Waits for the database to accept a connection before the schema is migrated: the embedded server
 * starts beside Payara Micro's boot, and an external one may be starting beside the engine.
 */
final class DatabaseWait {
  /** One attempt to connect and close again. */
  @FunctionalInterface
  interface Attempt {
    void connect() throws SQLException;
  }

  private static final Duration PAUSE = Duration.ofMillis(50);

  private DatabaseWait() {}

  /** Returns once an attempt succeeds; past the limit, fails naming the last refusal. */
  static void until(Attempt attempt, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        attempt.connect();
        return;
      } catch (SQLException refused) {
        if (System.nanoTime() - deadline >= 0) {
          throw new IllegalStateException(
              "the database accepted no connection within "
                  + limit.toSeconds()
                  + " s: "
                  + refused.getMessage(),
              refused);
        }
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }
}
