package org.consulta.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.consulta.api.MigratedPostgres;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's counts in a real PostgreSQL, with the application's migrations. */
class LogInThrottleTest {
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static EmbeddedPostgres postgres;
  private static FailureTable table;

  @BeforeAll
  static void start() throws IOException {
    postgres = MigratedPostgres.start();
    table = new FailureTable(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM login_failure");
    }
  }

  private static Throttle throttle(int free, int maxKeys) {
    return new Throttle(
        new Throttle.Settings(
            free, Duration.ofMillis(1500), Duration.ofMinutes(15), Duration.ofHours(1), maxKeys));
  }

  private static LogInThrottle logIns(Clock clock) {
    return new LogInThrottle(table, clock, throttle(2, 1000), throttle(4, 1000));
  }

  private final LogInThrottle logIns = logIns(FIXED);

  @Test
  void anAccountPastItsFreeFailuresMustWaitAndIsToldHowLongInWholeSeconds() {
    logIns.failed("ana", "10.0.0.1");
    logIns.failed("ana", "10.0.0.2");
    logIns.failed("ana", "10.0.0.3");
    var refused = assertThrows(DomainException.class, () -> logIns.check("ana", "10.0.0.4"));
    assertEquals(DomainException.Reason.TOO_MANY_REQUESTS, refused.reason());
    assertEquals(2L, refused.details().get("retryAfter"));
    assertDoesNotThrow(() -> logIns.check("bea", "10.0.0.4"));
  }

  @Test
  void anAddressGuessingAtManyNamesMustWaitForAllOfThem() {
    for (int i = 0; i < 5; i++) {
      logIns.failed("name-" + i, "10.0.0.9");
    }
    assertThrows(DomainException.class, () -> logIns.check("someone-new", "10.0.0.9"));
    assertDoesNotThrow(() -> logIns.check("someone-new", "10.0.0.10"));
  }

  @Test
  void aSuccessClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 5; i++) {
      logIns.failed("ana", "10.0.0.9");
    }
    logIns.succeeded("ana");
    assertDoesNotThrow(() -> logIns.check("ana", "10.0.0.1"));
    assertThrows(DomainException.class, () -> logIns.check("ana", "10.0.0.9"));
  }

  @Test
  void anotherNodeOnTheSameDatabaseCountsTheSameFailures() {
    for (int i = 0; i < 3; i++) {
      logIns.failed("ana", "10.0.0." + i);
    }
    LogInThrottle otherNode = logIns(FIXED);
    assertThrows(DomainException.class, () -> otherNode.check("ana", "10.0.0.7"));
  }

  @Test
  void aSprayOfMadeUpNamesKeepsTheTableBoundedAndTheNewestCounts() {
    Throttle bounded = throttle(0, 50);
    Instant at = FIXED.instant();
    table.fail("account", "target", bounded, at);
    for (int i = 0; i < 600; i++) {
      table.fail("account", "sprayed-" + i, bounded, at.plusMillis(i + 1));
    }
    assertTrue(table.size("account") <= 50 + 256, "pruned every 256 new keys");
    assertEquals(null, table.find("account", "target"), "the least recent went first");
    assertTrue(bounded.waitFor(table.find("account", "sprayed-599"), at).isPresent());
  }

  @Test
  void aKeyQuietForTheForgettingTimeStartsAfresh() {
    for (int i = 0; i < 3; i++) {
      logIns.failed("ana", "10.0.0." + i);
    }
    LogInThrottle anHourLater = logIns(Clock.offset(FIXED, Duration.ofHours(1)));
    assertDoesNotThrow(() -> anHourLater.check("ana", "10.0.0.1"));
    anHourLater.failed("ana", "10.0.0.1");
    assertEquals(1, table.find("account", "ana").count());
  }
}
