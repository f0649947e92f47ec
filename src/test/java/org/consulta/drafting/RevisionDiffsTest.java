package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.consulta.revisions.WordDiff;
import org.junit.jupiter.api.Test;

class RevisionDiffsTest {
  private static RevisionDiffs.Pair pair(Long from, Long to, String before, String after) {
    return new RevisionDiffs.Pair(from, to, "Heading", "Heading", before, after);
  }

  @Test
  void aPairOfStoredRevisionsIsDiffedOnceAndEqualsItsWordDiff() {
    var diffs = new RevisionDiffs(1_000_000);
    var first = diffs.between(pair(1L, 2L, "the cat sat", "the dog sat"));
    assertEquals(WordDiff.between("the cat sat", "the dog sat"), first.text());
    assertEquals(WordDiff.between("Heading", "Heading"), first.heading());
    assertSame(first, diffs.between(pair(1L, 2L, "the cat sat", "the dog sat")));
  }

  @Test
  void revisionsNotStoredAreDiffedEveryTime() {
    var diffs = new RevisionDiffs(1_000_000);
    var first = diffs.between(pair(null, 2L, "a b", "a c"));
    assertNotSame(first, diffs.between(pair(null, 2L, "a b", "a c")));
    assertEquals(first, diffs.between(pair(null, 2L, "a b", "a c")));
  }

  @Test
  void theLeastRecentlyUsedPairsGoOnceTheCapacityIsFull() {
    // Each pair below holds 7 (heading) + 5 chars of diff and the 10 chars of its texts.
    var diffs = new RevisionDiffs(50);
    var one = diffs.between(pair(1L, 2L, "a b c", "a b d"));
    var two = diffs.between(pair(3L, 4L, "a b c", "a b e"));
    assertSame(one, diffs.between(pair(1L, 2L, "a b c", "a b d")));
    diffs.between(pair(5L, 6L, "a b c", "a b f"));
    assertSame(one, diffs.between(pair(1L, 2L, "a b c", "a b d")));
    assertNotSame(two, diffs.between(pair(3L, 4L, "a b c", "a b e")));
  }

  @Test
  void thePairOfRevisionsShownWithOtherNumbersIsDiffedAgain() {
    var diffs = new RevisionDiffs(1_000_000);
    var inOneNumbering = diffs.between(pair(1L, 2L, "see article 9", "see article 9 too"));
    var inAnother = diffs.between(pair(1L, 2L, "see article 10", "see article 10 too"));
    assertNotSame(inOneNumbering, inAnother);
    assertEquals("see article 10", inAnother.text().get(0).text());
  }
}
