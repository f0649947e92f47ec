package org.consulta.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.consulta.api.CrossLanguageContract;
import org.consulta.api.Deployments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine jar started from a directory that is not the checkout, on an empty data directory,
 * with no drafts or thesaurus configured: it serves the three model laws it carries, widens
 * searches across languages with the thesaurus it carries (the cross-language contract, run against
 * it), and says nothing at start that an operator would have to learn to ignore.
 */
class SelfContainedIT implements CrossLanguageContract {
  private static Path dir;
  private static JarEngine engine;

  /** The log up to the moment the engine was ready: what the start itself said. */
  private static List<String> startLog;

  @BeforeAll
  static void startFromElsewhere() throws Exception {
    dir = Files.createTempDirectory("consulta-elsewhere-");
    engine =
        JarEngine.start(
            dir,
            Map.of(
                "CONSULTA_ADMIN_PASSWORD",
                Deployments.ADMIN_PASSWORD,
                "CONSULTA_LEGISLATION_SAMPLE",
                "false"));
    engine.await(answer -> answer.status() == 200);
    startLog = engine.logLines();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    try (Stream<Path> tree = Files.walk(dir)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  public URI base() {
    return engine.base();
  }

  @Test
  void theShippedLawsAreServed() {
    List<String> slugs =
        anonymous().get("laws").expect(200).array().getValuesAs(JsonObject.class).stream()
            .map(law -> law.getString("slug"))
            .toList();
    assertEquals(List.of("digital-violence", "financial-inclusion", "parity"), slugs);
    assertTrue(Files.isDirectory(dir.resolve("data").resolve("postgres")), "data under " + dir);
    assertNotEquals(Path.of("").toAbsolutePath(), dir);
  }

  @Test
  void theStartLogsNoWarning() {
    List<String> alarming =
        startLog.stream()
            .filter(line -> line.contains("WARNING") || line.contains("SEVERE"))
            .toList();
    assertEquals(List.of(), alarming);
  }
}
