package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortKeyTest {
  @Test
  void initialKeysAreOrderedAndLeaveRoom() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      keys.add(SortKey.nth(i, 120));
    }
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, keys.get(i - 1) + " < " + keys.get(i));
      assertFalse(keys.get(i).endsWith("0"));
    }
  }

  @Test
  void betweenIsStrictlyInside() {
    assertEquals("5", SortKey.between("", null));
    assertEquals("15", SortKey.between("1", "2"));
    assertEquals("105", SortKey.between("1", "11"));
    assertEquals("95", SortKey.between("9", null));
    String key = SortKey.between("19", "2");
    assertTrue("19".compareTo(key) < 0 && key.compareTo("2") < 0, key);
  }

  @Test
  void repeatedInsertionAtOnePointKeepsOrder() {
    String low = "1";
    String high = "2";
    for (int i = 0; i < 500; i++) {
      String key = SortKey.between(low, high);
      assertTrue(
          low.compareTo(key) < 0 && key.compareTo(high) < 0, low + " < " + key + " < " + high);
      assertFalse(key.endsWith("0"));
      if (i % 2 == 0) {
        high = key;
      } else {
        low = key;
      }
    }
  }

  @Test
  void randomInsertionsStaySorted() {
    Random random = new Random(7);
    List<String> keys = new ArrayList<>(List.of("5"));
    for (int i = 0; i < 2000; i++) {
      int at = random.nextInt(keys.size() + 1);
      String low = at == 0 ? "" : keys.get(at - 1);
      String high = at == keys.size() ? null : keys.get(at);
      keys.add(at, SortKey.between(low, high));
    }
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0);
    }
  }

  @Test
  void refusesAnEmptyInterval() {
    assertThrows(IllegalArgumentException.class, () -> SortKey.between("5", "5"));
    assertThrows(IllegalArgumentException.class, () -> SortKey.between("6", "5"));
  }
}
