package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JstatGcTest {
  // jstat -gc of a JDK 17 JVM running G1, as printed.
  private static final String HEADER =
      "    S0C         S1C         S0U         S1U          EC           EU           OC     "
          + "      OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC    FGCT"
          + "     CGC    CGCT       GCT   ";
  private static final String LINE =
      "        0.0      4096.0         0.0      1835.4      36864.0       8192.0     356352.0  "
          + "     6666.5     9472.0     9347.4    1216.0    1165.7      3     0.036     1     0.120"
          + "     0     0.000     0.156";

  @Test
  void theUsedHeapIsBothSurvivorsEdenAndTheOldGenerationWithoutMetaspace() {
    var sample = JstatGc.header(HEADER).sample(LINE).orElseThrow();

    assertEquals(0.0 + 1835.4 + 8192.0 + 6666.5, sample.usedKb(), 1e-9);
    assertEquals((1835.4 + 8192.0 + 6666.5) / 1024, sample.usedMb(), 1e-9);
    assertEquals(3, sample.youngGcs());
    assertEquals(1, sample.fullGcs());
  }

  @Test
  void columnsAreFoundByNameWhateverTheirOrderAndADashIsNoSpace() {
    var columns = JstatGc.header("EU OU YGC FGC S1U S0U CGC");

    var sample = columns.sample("100.5 200.0 7 2 - 50.0 -").orElseThrow();

    assertEquals(350.5, sample.usedKb(), 1e-9);
    assertEquals(7, sample.youngGcs());
    assertEquals(2, sample.fullGcs());
  }

  @Test
  void aRepeatedHeaderABlankOrACutLineIsNoSample() {
    var columns = JstatGc.header(HEADER);

    assertTrue(columns.sample(HEADER).isEmpty());
    assertTrue(columns.sample("").isEmpty());
    assertTrue(columns.sample("  0.0  4096.0  0.0").isEmpty());
  }

  @Test
  void jstatsErrorIsNotTakenForAHeader() {
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> JstatGc.header("sun.jvmstat.monitor.MonitorException: 999999 not found"));

    assertTrue(refused.getMessage().contains("999999 not found"));
  }
}
