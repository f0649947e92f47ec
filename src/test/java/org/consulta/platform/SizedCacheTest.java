package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SizedCacheTest {
  private final AtomicInteger made = new AtomicInteger();
  private final SizedCache<String, String> cache =
      new SizedCache<>(10, (key, value) -> value.length());

  private String get(String key, String value) {
    return cache.get(
        key,
        () -> {
          made.incrementAndGet();
          return value;
        });
  }

  @Test
  void aKeptValueIsNotMadeAgain() {
    assertEquals("abcd", get("a", "abcd"));
    assertEquals("abcd", get("a", "other"));
    assertEquals(1, made.get());
  }

  @Test
  void theLeastRecentlyUsedGoFirstPastTheCapacity() {
    get("a", "aaaa");
    get("b", "bbbb");
    get("a", "aaaa");
    get("c", "cccc");
    assertEquals(3, made.get());
    get("a", "aaaa");
    assertEquals(3, made.get(), "a was used after b, so b went");
    get("b", "bbbb");
    assertEquals(4, made.get());
  }

  @Test
  void aValueLargerThanTheCapacityIsAnsweredButNotKept() {
    assertEquals("0123456789x", get("big", "0123456789x"));
    get("big", "0123456789x");
    assertEquals(2, made.get());
    get("small", "s");
    get("small", "s");
    assertEquals(3, made.get());
  }
}
