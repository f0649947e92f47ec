package org.consulta.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: the WAR that {@code mvn package} built, with its
 * configuration replaced so that it uses a fresh database and the test drafts.
 */
public final class Deployments {
  public static final String ADMIN_PASSWORD = "admin-test-password";

  /** The import that the PostgreSQL database shows as running before the engine starts. */
  static final long LEFT_RUNNING = 1_000_000;

  private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
  private static EmbeddedPostgres postgres;

  /** The spooled upload of the import left running on PostgreSQL, in the engine's data. */
  static Path leftUpload;

  /** The data directory of the API contracts' engine, for checks below the API. */
  static Path apiData;

  private Deployments() {}

  /**
   * The engine for the API contracts, on a database that already shows an import as running, as an
   * engine killed during an import leaves it: the start must interrupt it.
   */
  static WebArchive onPostgres() {
    Properties mail = new Properties();
    mail.setProperty("consulta.mail.enabled", "true");
    mail.setProperty("consulta.mail.host", "127.0.0.1");
    mail.setProperty("consulta.mail.port", Integer.toString(TestSmtp.PORT));
    mail.setProperty("consulta.mail.tls", "none");
    mail.setProperty("consulta.mail.from", "consulta@consulta.test");
    mail.setProperty("consulta.mail.base-url", TestSmtp.WEB_APP);
    mail.setProperty("consulta.mail.poll-seconds", "1");
    mail.setProperty("consulta.mail.retry-seconds", "1");
    mail.setProperty("consulta.mail.digest-seconds", Long.toString(TestSmtp.DIGEST_SECONDS));
    return onFreshDatabase("api", Deployments::leaveAnImportRunning, mail);
  }

  /** The engine for the browser journeys, on a database of its own. */
  public static WebArchive forBrowser() {
    return onFreshDatabase("browser", (database, data) -> {}, new Properties());
  }

  /** {@code extra}: settings on top of the common ones, such as where mail goes. */
  private static synchronized WebArchive onFreshDatabase(
      String name, DatabasePreparer preparer, Properties extra) {
    EmbeddedPostgres server = server();
    Path data = itDir().resolve(name + "-" + System.nanoTime());
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE DATABASE " + name);
      preparer.prepare(server.getDatabase("postgres", name), data);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the PostgreSQL database " + name, e);
    }
    Properties config = common();
    config.setProperty("consulta.data.dir", data.toString());
    config.setProperty("consulta.db.driver", "org.postgresql.ds.PGSimpleDataSource");
    config.setProperty("consulta.db.url", server.getJdbcUrl("postgres", name));
    config.setProperty("consulta.db.user", "postgres");
    config.setProperty("consulta.db.password", "postgres");
    config.putAll(extra);
    return war(config);
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(Deployments::stopPostgres));
    }
    return postgres;
  }

  @FunctionalInterface
  private interface DatabasePreparer {
    void prepare(DataSource database, Path data) throws SQLException;
  }

  /**
   * The database and data directory as an engine killed during an import leaves them: migrated, one
   * job still marked importing, with its progress and an error, and its upload still spooled. The
   * engine started on them must interrupt the job and delete the upload.
   */
  private static void leaveAnImportRunning(DataSource database, Path data) throws SQLException {
    leftUpload = spoolLeftBehind(data);
    apiData = data;
    MigratedPostgres.migrate(database);
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO import_job (id, source, file_format, on_error, state, total, processed,"
              + " inserted, updated, unchanged, error_count, rate, created_at, started_at)"
              + " VALUES ("
              + LEFT_RUNNING
              + ", 'killed.jsonl', 'jsonl', 'skip', 'importing', 5000, 1500, 1500, 0, 0, 1,"
              + " 900.5, TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:01+00')");
      statement.executeUpdate(
          "INSERT INTO import_job_error (job_id, list_index, line_number, field, message)"
              + " VALUES ("
              + LEFT_RUNNING
              + ", 0, 42, 'year', 'year must be a number')");
    }
  }

  /** The database the API contracts' engine runs on, for checks below the API. */
  static synchronized DataSource apiDatabase() {
    return server().getDatabase("postgres", "api");
  }

  /**
   * The database the browser journeys' engine runs on, for fixtures the API cannot make (mails in
   * the outbox of an engine whose mail is off).
   */
  public static synchronized DataSource browserDatabase() {
    return server().getDatabase("postgres", "browser");
  }

  /** The upload a killed engine left spooled for its import: the next start must delete it. */
  private static Path spoolLeftBehind(Path data) {
    try {
      Path imports = Files.createDirectories(data.resolve("imports"));
      return Files.writeString(imports.resolve("import-left-behind.upload"), "{}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties common() {
    Properties config = new Properties();
    config.setProperty(
        "consulta.drafts.dir", Path.of("src/test/resources/drafts").toAbsolutePath().toString());
    config.setProperty("consulta.admin.password", ADMIN_PASSWORD);
    config.setProperty("mp.openapi.filter", "org.consulta.platform.OpenApiPaths");
    config.setProperty(
        "consulta.thesaurus.file", Path.of("config/thesaurus.csv").toAbsolutePath().toString());
    // Every test calls from 127.0.0.1: the per-address log-in throttle is out of reach here (a unit
    // test covers it), and a long first wait makes ThrottleContract's 429 certain on a slow
    // machine.
    config.setProperty("consulta.throttle.address.free-failures", "1000000");
    config.setProperty("consulta.throttle.first-delay-seconds", "60");
    // Small enough that a file over it is cheap to send, larger than every attachment fixture.
    config.setProperty("consulta.attachments.max-bytes", "65536");
    return config;
  }

  private static WebArchive war(Properties config) {
    File war = new File(System.getProperty("consulta.war", "target/ROOT.war"));
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "consulta.war").importFrom(war).as(WebArchive.class);
    archive.delete(CONFIG);
    var text = new StringBuilder();
    config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return archive.add(new StringAsset(text.toString()), CONFIG);
  }

  private static Path itDir() {
    return Path.of(System.getProperty("consulta.itDir", "target/it")).toAbsolutePath();
  }
}
