package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredPathTest {
  @TempDir Path dir;

  @Test
  void aPathThatIsThereIsGivenBackAbsolute() {
    assertEquals(dir, ConfiguredPath.existing("consulta.drafts.dir", dir.toString()));
  }

  @Test
  void aPathThatIsNotThereStopsTheStartNamingTheKeyAndThePath() {
    Path absent = dir.resolve("drafts");
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> ConfiguredPath.existing("consulta.drafts.dir", absent.toString()));
    assertEquals("consulta.drafts.dir names " + absent + ", which does not exist", e.getMessage());
  }
}
