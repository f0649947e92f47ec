package org.consulta.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions
 * keep Flyway's own commits outside JTA.
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

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject @Readiness private DatabaseHealth health;

  @PostConstruct
  void migrate() {
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    health.migrated();
  }
}
