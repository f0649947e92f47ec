package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Samples this test's own JVM, as the benchmark samples the engine's. */
class HeapSamplerTest {
  private static final int MB = 1024 * 1024;

  @Test
  void thePeakHoldsWhatTheCallAllocatedAboveTheLiveHeapBefore() throws Exception {
    try (var sampler = HeapSampler.start(ProcessHandle.current().pid())) {
      var measured = sampler.around(() -> new byte[96 * MB]);

      assertEquals(96 * MB, measured.value().length);
      var heap = measured.heap();
      assertNotNull(heap);
      assertTrue(
          heap.peakMb() - heap.beforeMb() >= 90,
          () -> "a 96 MB array, still held, is in the peak: " + heap);
      assertTrue(heap.samples() >= 2, () -> "samples before and after the call: " + heap);
    }
  }

  @Test
  void aProcessThatIsNotAJvmIsRefusedWithJstatsReason() {
    var refused = assertThrows(IllegalStateException.class, () -> HeapSampler.start(999_999_999L));

    assertTrue(refused.getMessage().contains("999999999"), refused::getMessage);
  }
}
