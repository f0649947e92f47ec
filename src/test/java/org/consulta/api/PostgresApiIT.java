package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The API on a real PostgreSQL, embedded so that no install is needed. The test can reach this
 * database before the engine starts, so it also checks what a start does after a killed import.
 */
class PostgresApiIT extends DeployedEngine {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgres();
  }

  @Test
  void anImportThatAKilledEngineLeftRunningIsInterruptedAtStart() {
    JsonObject job =
        admin().get("legislation/imports/" + Deployments.LEFT_RUNNING).expect(200).json();
    assertEquals("interrupted", job.getString("state"), job.toString());
    assertEquals(
        List.of(5000, 1500, 1500, 1),
        List.of(
            job.getInt("total"),
            job.getInt("processed"),
            job.getInt("inserted"),
            job.getInt("errorCount")));
    assertEquals(42, job.getJsonArray("errors").getJsonObject(0).getInt("line"));
    assertEquals(900.5, job.getJsonNumber("rate").doubleValue());
    assertTrue(job.containsKey("finishedAt") && job.containsKey("failure"), job.toString());
    assertFalse(Files.exists(Deployments.leftUpload), Deployments.leftUpload::toString);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAuditEntries() throws SQLException {
    newLaw();
    try (Connection connection = Deployments.apiDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      long before = auditEntries(statement);
      assertThrows(
          SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET status = 200"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("TRUNCATE audit_entry"));
      assertEquals(before, auditEntries(statement));
    }
  }

  private static long auditEntries(Statement statement) throws SQLException {
    try (ResultSet count = statement.executeQuery("SELECT count(*) FROM audit_entry")) {
      count.next();
      return count.getLong(1);
    }
  }
}
