package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
  @Test
  void readsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
    String stat =
        "2614 (java (main) x) S 1 2614 2614 0 -1 4194560 91350 0 0 0 2401 37 0 0 20 0 64 0 "
            + "3656 4955192320 183605 18446744073709551615";
    assertEquals((2401 + 37) * 10_000_000L, ProcessCpu.ofStat(stat));
  }

  @Test
  void thisProcessHasUsedSomeCpu() {
    assertTrue(ProcessCpu.nanos(ProcessHandle.current().pid()) > 0);
  }
}
