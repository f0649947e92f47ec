package org.consulta.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the schema is migrated and the database answers. Not a liveness check: restarting an
 * engine whose database is away would not bring it back.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  private volatile boolean migrated;

  void migrated() {
    migrated = true;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", migrated);
    if (!migrated) {
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response
          .status(connection.isValid(5))
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
