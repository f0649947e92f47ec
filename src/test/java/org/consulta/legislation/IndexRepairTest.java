package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexRepairTest {
  private static final Watermark STORE = new Watermark(3235, 7);

  @Test
  void aCurrentIndexNeedsNothing() {
    assertEquals(IndexRepair.NONE, IndexRepair.needed(Optional.of(new Watermark(3235, 7)), STORE));
  }

  @Test
  void anIndexBehindCatchesUpOnWhatWasStampedSince() {
    assertEquals(
        IndexRepair.CATCH_UP, IndexRepair.needed(Optional.of(new Watermark(2735, 6)), STORE));
    assertEquals(
        IndexRepair.CATCH_UP, IndexRepair.needed(Optional.of(new Watermark(3235, 6)), STORE));
  }

  @Test
  void aMissingIndexOrOneAheadOfTheStoreIsRebuilt() {
    assertEquals(IndexRepair.REBUILD, IndexRepair.needed(Optional.empty(), STORE));
    assertEquals(
        IndexRepair.REBUILD, IndexRepair.needed(Optional.of(new Watermark(3300, 9)), STORE));
    assertEquals(
        IndexRepair.REBUILD, IndexRepair.needed(Optional.of(new Watermark(3300, 6)), STORE));
    assertEquals(
        IndexRepair.REBUILD, IndexRepair.needed(Optional.of(new Watermark(100, 7)), STORE));
    assertEquals(
        IndexRepair.REBUILD,
        IndexRepair.needed(Optional.of(new Watermark(10, 2)), Watermark.EMPTY));
  }
}
