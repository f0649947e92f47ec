package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseWaitTest {
  @Test
  void triesAgainUntilTheDatabaseAccepts() {
    AtomicInteger attempts = new AtomicInteger();
    DatabaseWait.until(
        () -> {
          if (attempts.incrementAndGet() < 3) {
            throw new SQLException("Connection refused");
          }
        },
        Duration.ofMinutes(1));
    assertEquals(3, attempts.get());
  }

  @Test
  void givesUpPastTheLimitNamingTheLastRefusal() {
    AtomicInteger attempts = new AtomicInteger();
    SQLException last = new SQLException("the database system is starting up");
    var failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                DatabaseWait.until(
                    () -> {
                      attempts.incrementAndGet();
                      throw last;
                    },
                    Duration.ofMillis(200)));
    assertSame(last, failure.getCause());
    assertTrue(failure.getMessage().contains("starting up"), failure.getMessage());
    assertTrue(attempts.get() > 1, "it tried again before giving up");
  }
}
