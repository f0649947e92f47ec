package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
  @Test
  void thisProcessHasUsedSomeCpu() {
    assertTrue(ProcessCpu.nanos(ProcessHandle.current().pid()) > 0);
  }

  @Test
  void aProcessThatIsNotThereIsSaidSo() {
    assertThrows(IllegalStateException.class, () -> ProcessCpu.nanos(Long.MAX_VALUE));
  }
}
