package org.consulta.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  /** A clock that moves only when told to. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();

  private Throttle throttle(int free, int maxKeys) {
    return new Throttle(
        new Throttle.Settings(
            free, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10), maxKeys),
        clock);
  }

  private void failTimes(Throttle throttle, String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.fail(key);
    }
  }

  @Test
  void theFreeFailuresCostNoWait() {
    Throttle throttle = throttle(3, 100);
    failTimes(throttle, "ana", 3);
    assertEquals(Optional.empty(), throttle.waitFor("ana"));
  }

  @Test
  void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToTheCap() {
    Throttle throttle = throttle(3, 100);
    assertEquals(Duration.ZERO, throttle.delayAfter(3));
    assertEquals(Duration.ofSeconds(1), throttle.delayAfter(4));
    assertEquals(Duration.ofSeconds(2), throttle.delayAfter(5));
    assertEquals(Duration.ofSeconds(32), throttle.delayAfter(9));
    assertEquals(Duration.ofSeconds(60), throttle.delayAfter(10));
    assertEquals(Duration.ofSeconds(60), throttle.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theWaitRunsFromTheLastFailureAndEnds() {
    Throttle throttle = throttle(3, 100);
    failTimes(throttle, "ana", 5);
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("ana"));
    clock.advance(Duration.ofMillis(1500));
    assertEquals(Optional.of(Duration.ofMillis(500)), throttle.waitFor("ana"));
    clock.advance(Duration.ofMillis(500));
    assertEquals(Optional.empty(), throttle.waitFor("ana"));
    throttle.fail("ana");
    assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitFor("ana"));
  }

  @Test
  void keysAreCountedApart() {
    Throttle throttle = throttle(1, 100);
    failTimes(throttle, "ana", 2);
    assertTrue(throttle.waitFor("ana").isPresent());
    assertEquals(Optional.empty(), throttle.waitFor("bea"));
  }

  @Test
  void clearingAKeyStartsItAfresh() {
    Throttle throttle = throttle(2, 100);
    failTimes(throttle, "ana", 2);
    throttle.clear("ana");
    failTimes(throttle, "ana", 2);
    assertEquals(Optional.empty(), throttle.waitFor("ana"));
  }

  @Test
  void aKeyQuietForTheForgettingTimeStartsAfresh() {
    Throttle throttle = throttle(2, 100);
    failTimes(throttle, "ana", 8);
    clock.advance(Duration.ofMinutes(10));
    assertEquals(Optional.empty(), throttle.waitFor("ana"));
    throttle.fail("ana");
    assertEquals(Optional.empty(), throttle.waitFor("ana"));
    assertEquals(1, throttle.size());
  }

  @Test
  void forgettingNeverComesBeforeTheLongestWaitEnds() {
    var settings =
        new Throttle.Settings(
            0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 10);
    Throttle throttle = new Throttle(settings, clock);
    failTimes(throttle, "ana", 20);
    clock.advance(Duration.ofMinutes(59));
    assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitFor("ana"));
  }

  @Test
  void aSprayOfMadeUpKeysKeepsTheTableBoundedAndDropsTheLeastRecentFirst() {
    Throttle throttle = throttle(0, 50);
    failTimes(throttle, "target", 3);
    for (int i = 0; i < 10_000; i++) {
      throttle.fail("sprayed-" + i);
      assertTrue(throttle.size() <= 50);
    }
    assertEquals(50, throttle.size());
    assertEquals(Optional.empty(), throttle.waitFor("target"));
    assertTrue(throttle.waitFor("sprayed-9999").isPresent());
  }

  @Test
  void aKeyThatFailsAgainIsTheLastToBeDropped() {
    Throttle throttle = throttle(0, 3);
    throttle.fail("a");
    throttle.fail("b");
    throttle.fail("c");
    throttle.fail("a");
    throttle.fail("d");
    assertTrue(throttle.waitFor("a").isPresent());
    assertEquals(Optional.empty(), throttle.waitFor("b"));
    assertEquals(3, throttle.size());
  }

  @Test
  void overlongKeysCostNoMoreThanTheirPrefix() {
    Throttle throttle = throttle(0, 10);
    String long1 = "x".repeat(100) + "one";
    String long2 = "x".repeat(100) + "two";
    throttle.fail(long1);
    assertTrue(throttle.waitFor(long2).isPresent());
  }
}
