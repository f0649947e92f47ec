package org.consulta.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.consulta.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health/ready} waits for the drafts. The drafts directory holds one file as a named pipe,
 * so the loader blocks reading it until the test writes the draft: while it waits, the engine must
 * not be ready, and the drafts check must say why.
 */
class ReadinessIT {
  @TempDir Path dir;

  @Test
  void theEngineIsNotReadyBeforeTheDraftsAreLoaded() throws Exception {
    Path parity = Files.createDirectories(dir.resolve("drafts").resolve("parity"));
    Path shipped = Path.of("drafts", "parity");
    Files.copy(shipped.resolve("en.md"), parity.resolve("en.md"));
    Path pipe = parity.resolve("es.md");
    assumeTrue(
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo here");

    try (var engine =
        JarEngine.start(
            dir,
            Map.of(
                "CONSULTA_DRAFTS_DIR",
                dir.resolve("drafts").toString(),
                "CONSULTA_LEGISLATION_SAMPLE",
                "false"))) {
      var waiting = engine.await(answer -> answer.body().contains("\"drafts\""));
      assertEquals(503, waiting.status(), waiting.body());
      assertTrue(
          waiting.body().contains("{\"name\":\"drafts\",\"status\":\"DOWN\""), waiting.body());

      // Opening the pipe waits for the loader to open it too; then it reads what is written.
      Files.write(pipe, Files.readAllBytes(shipped.resolve("es.md")));
      engine.await(answer -> answer.status() == 200);
      assertEquals(
          "parity",
          Api.anonymous(engine.base().resolve("api/"))
              .get("laws")
              .expect(200)
              .array()
              .getJsonObject(0)
              .getString("slug"));
    }
  }

  @Test
  void aConfiguredPathThatDoesNotExistStopsTheStartNamingTheKey() throws Exception {
    Path absent = dir.resolve("no-such-thesaurus.csv");
    try (var engine = JarEngine.start(dir, Map.of("CONSULTA_THESAURUS_FILE", absent.toString()))) {
      assertEquals(1, engine.exitCode());
      assertTrue(
          engine
              .logLines()
              .contains(
                  "Consulta cannot start: consulta.thesaurus.file names "
                      + absent
                      + ", which does not exist"),
          String.join("\n", engine.logLines()));
    }
  }

  @Test
  void aDeploymentThatFailsStopsTheEngine() throws Exception {
    try (var engine = JarEngine.start(dir, Map.of("CONSULTA_ADMIN_PASSWORD", "too-short"))) {
      assertEquals(1, engine.exitCode());
      String log = String.join("\n", engine.logLines());
      assertTrue(
          log.contains("consulta.admin.password: a password needs at least 10 characters"), log);
      assertTrue(
          log.contains(
              "Consulta cannot start: the application did not deploy; the first SEVERE entry above"
                  + " says why"),
          log);
    }
  }
}
