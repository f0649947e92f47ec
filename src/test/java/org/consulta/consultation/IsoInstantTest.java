package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {
  @Test
  void writesWhatInstantToStringWrites() {
    for (Instant t :
        List.of(
            Instant.EPOCH,
            Instant.parse("2026-12-07T22:57:35Z"),
            Instant.parse("2026-12-07T22:57:35.100Z"),
            Instant.parse("2026-12-07T22:57:35.123456Z"),
            Instant.parse("2026-12-07T22:57:35.000000001Z"),
            Instant.parse("0999-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("-0001-06-30T12:00:00.5Z"))) {
      assertEquals(t.toString(), IsoInstant.of(t));
    }
  }

  @Test
  void agreesOnRandomInstantsAndPrecisions() {
    Random random = new Random(17);
    for (int i = 0; i < 100_000; i++) {
      long seconds = random.nextLong(-100_000_000_000L, 300_000_000_000L);
      int nano =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant t = Instant.ofEpochSecond(seconds, nano);
      assertEquals(t.toString(), IsoInstant.of(t));
    }
  }
}
