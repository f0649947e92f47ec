package org.consulta.embedded;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterVersionTest {
  @TempDir Path cluster;

  @Test
  void aNewDirectoryAndTheSameMajorVersionAreAccepted() throws Exception {
    assertDoesNotThrow(() -> ClusterVersion.requireMajor(cluster, "17"));
    Files.writeString(cluster.resolve("PG_VERSION"), "17\n");
    assertDoesNotThrow(() -> ClusterVersion.requireMajor(cluster, "17"));
  }

  @Test
  void anotherMajorVersionIsRefusedNamingBoth() throws Exception {
    Files.writeString(cluster.resolve("PG_VERSION"), "14\n");
    var refusal =
        assertThrows(IllegalStateException.class, () -> ClusterVersion.requireMajor(cluster, "17"));
    assertTrue(refusal.getMessage().contains("PostgreSQL 14"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("PostgreSQL 17"), refusal.getMessage());
  }
}
