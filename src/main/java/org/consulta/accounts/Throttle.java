package org.consulta.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Growing waits after repeated failures, counted per key (a username, a client address). The first
 * {@code freeFailures} failures cost nothing; each further one makes the next attempt wait twice as
 * long as the last, from {@code firstDelay} up to {@code maxDelay}. A key that has not failed for
 * {@code forgetAfter} starts afresh. The table holds at most {@code maxKeys} keys: when it is full,
 * the key that failed least recently goes, so a spray of made-up names or addresses costs bounded
 * memory.
 */
final class Throttle {
  /** The thresholds; {@code forgetAfter} is never shorter than {@code maxDelay}. */
  record Settings(
      int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxKeys) {
    Settings {
      if (freeFailures < 0 || maxKeys < 1 || firstDelay.isNegative() || maxDelay.isNegative()) {
        throw new IllegalArgumentException("throttle settings out of range");
      }
      forgetAfter = forgetAfter.compareTo(maxDelay) < 0 ? maxDelay : forgetAfter;
    }
  }

  private static final int MAX_KEY_LENGTH = 100;

  private record Failures(int count, Instant last, Instant waitUntil) {}

  private final Settings settings;
  private final Clock clock;

  /** Ordered by last failure, least recent first: a key that fails again moves to the end. */
  private final Map<String, Failures> table = new LinkedHashMap<>();

  Throttle(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  /** How long this key must still wait before its next attempt; empty when it may try now. */
  synchronized Optional<Duration> waitFor(String key) {
    Instant now = clock.instant();
    Failures failures = live(key(key), now);
    if (failures == null || !now.isBefore(failures.waitUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, failures.waitUntil()));
  }

  synchronized void fail(String key) {
    String k = key(key);
    Instant now = clock.instant();
    Failures before = live(k, now);
    int count = before == null ? 1 : before.count() + 1;
    table.remove(k);
    makeRoom();
    table.put(k, new Failures(count, now, now.plus(delayAfter(count))));
  }

  synchronized void clear(String key) {
    table.remove(key(key));
  }

  synchronized int size() {
    return table.size();
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

  private Failures live(String key, Instant now) {
    Failures failures = table.get(key);
    if (failures != null && forgotten(failures, now)) {
      table.remove(key);
      return null;
    }
    return failures;
  }

  private boolean forgotten(Failures failures, Instant now) {
    return !now.isBefore(failures.last().plus(settings.forgetAfter()));
  }

  /** Ordered by last failure, the eldest key is also the first to be forgotten. */
  private void makeRoom() {
    Iterator<String> oldestFirst = table.keySet().iterator();
    while (table.size() >= settings.maxKeys()) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }

  private static String key(String key) {
    return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
  }
}
