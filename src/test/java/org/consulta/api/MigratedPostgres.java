package org.consulta.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A PostgreSQL for tests that need the application's schema without an engine. */
public final class MigratedPostgres {
  private MigratedPostgres() {}

  /** Brings {@code database} to the application's schema with its own migrations. */
  public static void migrate(DataSource database) {
    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
  }

  /** An embedded server whose {@code postgres} database holds the application's schema. */
  public static EmbeddedPostgres start() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    migrate(postgres.getPostgresDatabase());
    return postgres;
  }
}
