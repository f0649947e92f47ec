package org.consulta.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Growing waits after repeated failures, counted per key (a username, a client address). The first
 * {@code freeFailures} failures cost nothing; each further one makes the next attempt wait twice as
 * long as the last, from {@code firstDelay} up to {@code maxDelay}. A key that has not failed for
 * {@code forgetAfter} starts afresh. The counts themselves are kept by {@link FailureTable}.
 */
final class Throttle {
  /**
   * The thresholds; {@code forgetAfter} is never shorter than {@code maxDelay}; {@code maxKeys}
   * bounds the keys kept, so that a spray of made-up names or addresses costs bounded storage.
   */
  record Settings(
      int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxKeys) {
    Settings {
      if (freeFailures < 0 || maxKeys < 1 || firstDelay.isNegative() || maxDelay.isNegative()) {
        throw new IllegalArgumentException("throttle settings out of range");
      }
      forgetAfter = forgetAfter.compareTo(maxDelay) < 0 ? maxDelay : forgetAfter;
    }
  }

  /** A key's failures in a row, when the last one was, and until when it must wait. */
  record Failures(int count, Instant last, Instant waitUntil) {}

  private static final int MAX_KEY_LENGTH = 100;

  private final Settings settings;

  Throttle(Settings settings) {
    this.settings = settings;
  }

  Settings settings() {
    return settings;
  }

  /** How long a key with these failures must still wait at {@code now}; empty: it may try. */
  Optional<Duration> waitFor(Failures failures, Instant now) {
    if (failures == null || forgotten(failures, now) || !now.isBefore(failures.waitUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, failures.waitUntil()));
  }

  /** The count after one more failure at {@code now}: afresh once the last is forgotten. */
  int countAfter(Failures before, Instant now) {
    return before == null || forgotten(before, now) ? 1 : before.count() + 1;
  }

  /** The wait that the {@code count}-th failure in a row imposes on the next attempt. */
  Duration delayAfter(int count) {
    int beyond = count - settings.freeFailures();
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    Duration max = settings.maxDelay();
    Duration delay = settings.firstDelay();
    for (int i = 1; i < beyond && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  boolean forgotten(Failures failures, Instant now) {
    return !now.isBefore(failures.last().plus(settings.forgetAfter()));
  }

  /** Overlong keys cost no more than their prefix. */
  static String key(String key) {
    return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
  }
}
