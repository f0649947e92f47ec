package org.consulta.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchSettingsTest {
  @TempDir Path dir;

  @Test
  void theDatabaseIsEmbeddedUnlessAUrlIsConfigured() throws Exception {
    String[] none = {};
    assertTrue(LaunchSettings.of(none, new Properties(), Map.of()).embeddedDatabase());
    assertFalse(
        LaunchSettings.of(
                none, new Properties(), Map.of("CONSULTA_DB_URL", "jdbc:postgresql://db/c"))
            .embeddedDatabase());
    var system = new Properties();
    system.setProperty("consulta.db.url", "jdbc:postgresql://db/c");
    assertFalse(LaunchSettings.of(none, system, Map.of()).embeddedDatabase());
  }

  @Test
  void aSystemPropertyOutranksTheEnvironmentAndTheDefault() throws Exception {
    String[] none = {};
    assertEquals(
        Path.of("data").toAbsolutePath(),
        LaunchSettings.of(none, new Properties(), Map.of()).dataDirectory());
    var system = new Properties();
    system.setProperty("consulta.data.dir", dir.resolve("a").toString());
    assertEquals(
        dir.resolve("a"),
        LaunchSettings.of(none, system, Map.of("CONSULTA_DATA_DIR", dir.resolve("b").toString()))
            .dataDirectory());
    assertEquals(
        dir.resolve("b"),
        LaunchSettings.of(
                none, new Properties(), Map.of("CONSULTA_DATA_DIR", dir.resolve("b").toString()))
            .dataDirectory());
  }

  @Test
  void readsTheFileThatPayaraMicroWillReadAsSystemProperties() throws Exception {
    Path file = dir.resolve("consulta.properties");
    Files.writeString(file, "consulta.data.dir=" + dir.resolve("c") + "\nconsulta.db.url=jdbc:x\n");
    var settings =
        LaunchSettings.of(
            new String[] {"--port", "8181", "--systemproperties", file.toString()},
            new Properties(),
            Map.of());
    assertEquals(dir.resolve("c"), settings.dataDirectory());
    assertFalse(settings.embeddedDatabase());
  }

  @Test
  void aConfiguredPathThatDoesNotExistIsNamedWithItsKey() throws Exception {
    String[] none = {};
    assertEquals(List.of(), LaunchSettings.of(none, new Properties(), Map.of()).missingPaths());
    var system = new Properties();
    system.setProperty("consulta.drafts.dir", dir.toString());
    Path absent = dir.resolve("none.csv");
    assertEquals(
        List.of("consulta.thesaurus.file names " + absent + ", which does not exist"),
        LaunchSettings.of(none, system, Map.of("CONSULTA_THESAURUS_FILE", absent.toString()))
            .missingPaths());
  }
}
