package org.consulta.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

class LogInThrottleTest {
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Throttle throttle(int free) {
    return new Throttle(
        new Throttle.Settings(
            free, Duration.ofMillis(1500), Duration.ofMinutes(15), Duration.ofHours(1), 1000),
        FIXED);
  }

  private final LogInThrottle logIns = new LogInThrottle(throttle(2), throttle(4));

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
}
