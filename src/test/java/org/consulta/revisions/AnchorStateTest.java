package org.consulta.revisions;

import static org.consulta.revisions.AnchorState.CHANGED;
import static org.consulta.revisions.AnchorState.EXACT;
import static org.consulta.revisions.AnchorState.MOVED;
import static org.consulta.revisions.AnchorState.ORPHANED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorStateTest {

  @Test
  void theWorseStateWins() {
    assertEquals(EXACT, EXACT.then(EXACT));
    assertEquals(MOVED, EXACT.then(MOVED));
    assertEquals(MOVED, MOVED.then(EXACT));
    assertEquals(CHANGED, MOVED.then(CHANGED));
    assertEquals(CHANGED, CHANGED.then(MOVED));
    assertEquals(ORPHANED, CHANGED.then(ORPHANED));
    assertEquals(ORPHANED, ORPHANED.then(EXACT));
  }

  @Test
  void accumulatesInAnyOrder() {
    for (AnchorState a : AnchorState.values()) {
      for (AnchorState b : AnchorState.values()) {
        assertEquals(a.then(b), b.then(a), a + " then " + b);
        for (AnchorState c : AnchorState.values()) {
          assertEquals(a.then(b).then(c), a.then(b.then(c)), a + ", " + b + ", " + c);
        }
      }
    }
  }
}
