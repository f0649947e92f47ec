package org.consulta.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

  private static Throttle throttle(int free) {
    return new Throttle(
        new Throttle.Settings(
            free, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10), 100));
  }

  /** The failures after {@code times} more, the last at {@code at}, as the table records them. */
  private static Throttle.Failures fail(
      Throttle throttle, Throttle.Failures before, int times, Instant at) {
    Throttle.Failures failures = before;
    for (int i = 0; i < times; i++) {
      int count = throttle.countAfter(failures, at);
      failures = new Throttle.Failures(count, at, at.plus(throttle.delayAfter(count)));
    }
    return failures;
  }

  @Test
  void theFreeFailuresCostNoWait() {
    Throttle throttle = throttle(3);
    assertEquals(Optional.empty(), throttle.waitFor(fail(throttle, null, 3, T0), T0));
    assertEquals(Optional.empty(), throttle.waitFor(null, T0));
  }

  @Test
  void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToTheCap() {
    Throttle throttle = throttle(3);
    assertEquals(Duration.ZERO, throttle.delayAfter(3));
    assertEquals(Duration.ofSeconds(1), throttle.delayAfter(4));
    assertEquals(Duration.ofSeconds(2), throttle.delayAfter(5));
    assertEquals(Duration.ofSeconds(32), throttle.delayAfter(9));
    assertEquals(Duration.ofSeconds(60), throttle.delayAfter(10));
    assertEquals(Duration.ofSeconds(60), throttle.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theWaitRunsFromTheLastFailureAndEnds() {
    Throttle throttle = throttle(3);
    var failures = fail(throttle, null, 5, T0);
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor(failures, T0));
    assertEquals(
        Optional.of(Duration.ofMillis(500)), throttle.waitFor(failures, T0.plusMillis(1500)));
    Instant later = T0.plusSeconds(2);
    assertEquals(Optional.empty(), throttle.waitFor(failures, later));
    assertEquals(
        Optional.of(Duration.ofSeconds(4)),
        throttle.waitFor(fail(throttle, failures, 1, later), later));
  }

  @Test
  void aKeyQuietForTheForgettingTimeStartsAfresh() {
    Throttle throttle = throttle(2);
    var failures = fail(throttle, null, 8, T0);
    Instant later = T0.plus(Duration.ofMinutes(10));
    assertEquals(Optional.empty(), throttle.waitFor(failures, later));
    assertEquals(1, throttle.countAfter(failures, later));
  }

  @Test
  void forgettingNeverComesBeforeTheLongestWaitEnds() {
    var throttle =
        new Throttle(
            new Throttle.Settings(
                0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 10));
    var failures = fail(throttle, null, 20, T0);
    assertEquals(
        Optional.of(Duration.ofMinutes(1)),
        throttle.waitFor(failures, T0.plus(Duration.ofMinutes(59))));
  }

  @Test
  void overlongKeysCostNoMoreThanTheirPrefix() {
    assertEquals(Throttle.key("x".repeat(100) + "one"), Throttle.key("x".repeat(100) + "two"));
    assertEquals("ana", Throttle.key("ana"));
  }
}
