package org.consulta.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
  @TempDir Path data;

  @Test
  void keepsCommitsDurableAndItsDataAcrossRestarts() throws Exception {
    EmbeddedDatabase first = EmbeddedDatabase.prepare(data);
    try {
      first.start();
      Map<String, String> settings = first.connectionSettings();
      assertEquals("on", setting(settings, "fsync"));
      assertEquals("on", setting(settings, "synchronous_commit"));
      assertEquals("on", setting(settings, "full_page_writes"));
      assertEquals(
          EmbeddedDatabase.MAJOR_VERSION,
          setting(settings, "server_version_num").substring(0, 2),
          "the bundled binaries and the version the launcher accepts must agree");
      execute(settings, "CREATE TABLE kept (word text); INSERT INTO kept VALUES ('paridad')");
    } finally {
      first.stop();
    }
    assertFalse(LeftoverServer.runningPostmaster(data.resolve("postgres")).isPresent());
    assertTrue(Files.isDirectory(data.resolve("postgres-binaries")), "binaries unpack here");

    EmbeddedDatabase second = EmbeddedDatabase.prepare(data);
    try {
      second.start();
      assertEquals("paridad", query(second.connectionSettings(), "SELECT word FROM kept"));
    } finally {
      second.stop();
    }
  }

  private static String setting(Map<String, String> settings, String name) throws SQLException {
    return query(settings, "SELECT current_setting('" + name + "')");
  }

  private static String query(Map<String, String> settings, String sql) throws SQLException {
    try (Connection connection = connect(settings);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(Map<String, String> settings, String sql) throws SQLException {
    try (Connection connection = connect(settings);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(Map<String, String> settings) throws SQLException {
    return DriverManager.getConnection(
        settings.get("consulta.db.url"),
        settings.get("consulta.db.user"),
        settings.get("consulta.db.password"));
  }
}
