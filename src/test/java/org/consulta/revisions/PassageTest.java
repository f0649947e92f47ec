package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassageTest {

  @Test
  void isANonEmptyRange() {
    assertEquals(3, new Passage(2, 5).length());
    assertThrows(IllegalArgumentException.class, () -> new Passage(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Passage(2, 2));
    assertThrows(IllegalArgumentException.class, () -> new Passage(3, 2));
  }

  @Test
  void widensToWholeCodePoints() {
    String text = "a\uD83D\uDCB6b\uD83D\uDCB7c"; // a 💶 b 💷 c
    assertEquals(new Passage(1, 6), new Passage(2, 5).widenedToCodePoints(text));
    assertEquals(new Passage(0, 4), new Passage(0, 4).widenedToCodePoints(text));
  }

  @Test
  void onlyAnOrphanedPassageHasNoPlace() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CarriedPassage(AnchorState.ORPHANED, Optional.of(new Passage(0, 1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CarriedPassage(AnchorState.MOVED, Optional.empty()));
    assertEquals(Optional.empty(), CarriedPassage.orphaned().passage());
  }
}
