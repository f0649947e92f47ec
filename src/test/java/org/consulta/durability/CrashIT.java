package org.consulta.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine jar, as an operator runs it, killed with SIGKILL under mixed writes and restarted on
 * the same data directory: nothing it acknowledged is lost, no id is handed out twice, it starts
 * every time and its indexes come to equal its database. {@code CrashSoak} runs more cycles.
 */
class CrashIT {
  private static final int CYCLES = 3;

  @Test
  void killedUnderWritesTheEngineLosesNothingItAcknowledged() throws Exception {
    Path work = Files.createDirectories(Path.of("target", "it", "crash-" + System.nanoTime()));
    var figures =
        new CrashCycles(
                Path.of("target", "consulta.jar").toAbsolutePath(),
                Path.of("src", "test", "resources", "drafts").toAbsolutePath(),
                work.toAbsolutePath(),
                11)
            .run(CYCLES);

    assertEquals(List.of(), figures.lost(), "acknowledged writes lost");
    assertEquals(List.of(), figures.reusedIds(), "comment ids handed out twice");
    assertEquals(List.of(), figures.leftoverServers(), "postmasters left running after a restart");
    assertEquals(List.of(), figures.importsLeftRunning(), "imports still shown running");
    assertEquals(0, figures.refused(), "writes refused while the engine ran normally");
    assertTrue(
        figures.acknowledged() >= CrashCycles.WRITES_BEFORE_KILL * CYCLES, figures.toString());
    assertTrue(figures.indexesEqualDatabase(), "indexes did not come to equal the database");
    assertTrue(figures.newIdsAboveAcknowledged(), "a new comment reused an acknowledged id");
  }
}
