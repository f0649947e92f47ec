package org.consulta.revisions;

import static org.consulta.revisions.DiffOp.Kind.DELETE;
import static org.consulta.revisions.DiffOp.Kind.EQUAL;
import static org.consulta.revisions.DiffOp.Kind.INSERT;
import static org.consulta.revisions.OffsetMap.Bias.LEFT;
import static org.consulta.revisions.OffsetMap.Bias.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  // "The fee is ten euros." -> "Preamble. The fee is twelve euros!"
  private final OffsetMap revision =
      new OffsetMap(
          List.of(
              new DiffOp(INSERT, "Preamble. "),
              new DiffOp(EQUAL, "The fee is "),
              new DiffOp(DELETE, "ten"),
              new DiffOp(INSERT, "twelve"),
              new DiffOp(EQUAL, " euros"),
              new DiffOp(DELETE, "."),
              new DiffOp(INSERT, "!")));

  @Test
  void biasChoosesSideOfAnInsertionPoint() {
    assertEquals(0, revision.map(0, LEFT));
    assertEquals(10, revision.map(0, RIGHT));
  }

  @Test
  void shiftsOffsetsInEqualText() {
    assertEquals(14, revision.map(4, LEFT));
    assertEquals(14, revision.map(4, RIGHT));
    assertEquals(28, revision.map(15, RIGHT));
  }

  @Test
  void edgesOfAReplacementStayWithTheirUnchangedNeighbours() {
    assertEquals(21, revision.map(11, LEFT));
    assertEquals(21, revision.map(11, RIGHT));
    assertEquals(27, revision.map(14, LEFT));
    assertEquals(27, revision.map(14, RIGHT));
    assertEquals(34, revision.map(21, LEFT));
  }

  @Test
  void biasChoosesSideOfAReplacementForOffsetsInsideIt() {
    assertEquals(21, revision.map(12, LEFT));
    assertEquals(27, revision.map(12, RIGHT));
  }

  @Test
  void rejectsOffsetsOutsideTheBeforeText() {
    assertThrows(IndexOutOfBoundsException.class, () -> revision.map(-1, LEFT));
    assertThrows(IndexOutOfBoundsException.class, () -> revision.map(22, LEFT));
    assertThrows(IndexOutOfBoundsException.class, () -> revision.unchanged(3, 2));
  }

  @Test
  void rangesInEqualTextAreUnchanged() {
    assertTrue(revision.unchanged(0, 3), "insertion before the range does not change it");
    assertTrue(revision.unchanged(4, 7));
    assertTrue(revision.unchanged(14, 20), "replacements either side do not change it");
    assertTrue(revision.unchanged(14, 14));
  }

  @Test
  void rangesTouchingDeletedTextAreChanged() {
    assertFalse(revision.unchanged(4, 12));
    assertFalse(revision.unchanged(13, 20));
    assertFalse(revision.unchanged(14, 21));
    assertFalse(revision.unchanged(0, 21));
    assertFalse(revision.unchanged(12, 12), "an empty range inside a deletion is gone");
  }

  @Test
  void insertionInsideARangeChangesIt() {
    OffsetMap map =
        new OffsetMap(
            List.of(new DiffOp(EQUAL, "a "), new DiffOp(INSERT, "x "), new DiffOp(EQUAL, "b")));
    assertFalse(map.unchanged(0, 3));
    assertTrue(map.unchanged(0, 2));
    assertTrue(map.unchanged(2, 3));
    assertEquals(2, map.map(2, LEFT));
    assertEquals(4, map.map(2, RIGHT));
  }

  @Test
  void identityWhenNothingChanged() {
    OffsetMap map = new OffsetMap(WordDiff.between("same text", "same text"));
    assertEquals(5, map.map(5, LEFT));
    assertEquals(9, map.map(9, RIGHT));
    assertTrue(map.unchanged(0, 9));
  }

  /** Property: an unchanged range maps onto the same text in the after version. */
  @Test
  void unchangedRangesCarryOverVerbatim() {
    Random random = new Random(99L);
    for (int round = 0; round < 300; round++) {
      String before = TextGenerator.randomText(random, 1 + random.nextInt(40));
      String after = TextGenerator.randomlyEdited(random, before, 1 + random.nextInt(4));
      List<DiffOp> ops = WordDiff.between(before, after);
      OffsetMap map = new OffsetMap(ops);
      for (int probe = 0; probe < 20; probe++) {
        int start = random.nextInt(before.length() + 1);
        int end = start + random.nextInt(before.length() - start + 1);
        boolean withinOneEqualOp = withinOneEqualOp(ops, start, end);
        String context = before + " -> " + after + " [" + start + "," + end + ")";
        if (start == end) {
          continue;
        }
        assertEquals(withinOneEqualOp, map.unchanged(start, end), context);
        if (map.unchanged(start, end)) {
          assertEquals(
              before.substring(start, end),
              after.substring(map.map(start, RIGHT), map.map(end, LEFT)),
              context);
        }
      }
    }
  }

  private static boolean withinOneEqualOp(List<DiffOp> ops, int start, int end) {
    int position = 0;
    for (DiffOp op : ops) {
      if (op.kind() == INSERT) {
        continue;
      }
      int opEnd = position + op.text().length();
      if (op.kind() == EQUAL && position <= start && end <= opEnd) {
        return true;
      }
      position = opEnd;
    }
    return false;
  }
}
