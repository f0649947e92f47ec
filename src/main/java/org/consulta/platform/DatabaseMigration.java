package org.consulta.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;

/**
 * Brings the schema up to date before anything else touches the database, once the database accepts
 * connections. Bean-managed transactions keep Flyway's own commits outside JTA.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "${MPCONFIG=consulta.db.driver}",
    url = "${MPCONFIG=consulta.db.url}",
    user = "${MPCONFIG=consulta.db.user}",
    password = "${MPCONFIG=consulta.db.password}",
    // Stated, or Payara warns that the unset values (-1) are "outside the bounds". The embedded
    // server allows 40 connections; a few are opened at deployment, the rest on demand.
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/consulta";

  /** Long enough for a first start's {@code initdb} on a busy machine. */
  private static final Duration DATABASE_WAIT = Duration.ofMinutes(2);

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject @Readiness private DatabaseHealth health;

  @Inject
  @ConfigProperty(name = "consulta.db.url")
  private String url;

  @Inject
  @ConfigProperty(name = "consulta.db.user")
  private String user;

  @Inject
  @ConfigProperty(name = "consulta.db.password")
  private String password;

  @PostConstruct
  void migrate() {
    DatabaseWait.until(this::connectOnce, DATABASE_WAIT);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    health.migrated();
  }

  /** Through the driver rather than the pool, which would log every refused attempt. */
  private void connectOnce() throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    credentials.setProperty("password", password);
    try (Connection connection = new Driver().connect(url, credentials)) {
      if (connection == null) {
        throw new IllegalStateException("consulta.db.url is not a jdbc:postgresql: address");
      }
    }
  }
}
