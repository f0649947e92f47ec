package org.consulta.nodes;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** How long until another node shows a write: polls the condition until it holds. */
public final class Convergence {
  private static final Duration GIVE_UP = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(20);

  private Convergence() {}

  /**
   * The time from {@code since} (a {@link System#nanoTime} reading taken when the write was
   * acknowledged) until {@code seen} holds; fails after 30 s, which no index should need.
   */
  public static Duration await(long since, String what, BooleanSupplier seen) {
    while (!seen.getAsBoolean()) {
      Duration waited = Duration.ofNanos(System.nanoTime() - since);
      if (waited.compareTo(GIVE_UP) > 0) {
        throw new AssertionError(what + ": not seen on the other node after " + waited);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return Duration.ofNanos(System.nanoTime() - since);
  }
}
