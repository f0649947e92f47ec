package org.consulta.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The PostgreSQL server the engine runs itself when no external database is configured: its cluster
 * in {@code postgres/} and its unpacked binaries in {@code postgres-binaries/} under the data
 * directory, its log in {@code postgres.log}. Every commit is on disk before it is acknowledged.
 */
final class EmbeddedDatabase {
  /** The major version of the bundled binaries; a cluster made by another one is refused. */
  static final String MAJOR_VERSION = "17";

  static final String DATABASE = "consulta";
  private static final String SUPERUSER = "postgres";

  /**
   * The library's defaults are made for throw-away test servers (fsync and synchronous commit off,
   * 300 connections); these are for a small machine that must not lose a commit.
   */
  private static final Map<String, String> SERVER_CONFIG =
      Map.of(
          "fsync", "on",
          "synchronous_commit", "on",
          "full_page_writes", "on",
          "listen_addresses", "localhost",
          "max_connections", "40",
          "shared_buffers", "128MB");

  private final Path dataDirectory;
  private final int port;
  private volatile EmbeddedPostgres server;

  private EmbeddedDatabase(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /**
   * The quick part of a start, before anything else: refuses a cluster this engine cannot open and
   * chooses the server's port, so that the application can be pointed at it before it runs.
   */
  static EmbeddedDatabase prepare(Path dataDirectory) throws IOException {
    Path cluster = dataDirectory.resolve("postgres");
    ClusterVersion.requireMajor(cluster, MAJOR_VERSION);
    LeftoverServer.stopIfAbandoned(cluster);
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new EmbeddedDatabase(dataDirectory, probe.getLocalPort());
    }
  }

  /**
   * The slow part: unpacks the binaries and runs {@code initdb} on a first start, then starts the
   * server and checks it.
   */
  void start() throws IOException {
    Redirect log = Redirect.appendTo(dataDirectory.resolve("postgres.log").toFile());
    var builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(cluster())
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPort(port)
            .setOverrideWorkingDirectory(dataDirectory.resolve("postgres-binaries").toFile())
            .setOutputRedirector(log)
            .setErrorRedirector(log)
            .setPGStartupWait(Duration.ofMinutes(1));
    SERVER_CONFIG.forEach(builder::setServerConfig);
    server = builder.start();
    try {
      requireDurableCommits();
      createDatabaseOnce();
    } catch (SQLException | RuntimeException e) {
      stop();
      throw new IllegalStateException("the embedded PostgreSQL server is not usable: " + e, e);
    }
  }

  /** The settings that point the application's data source at this server. */
  Map<String, String> connectionSettings() {
    return Map.of(
        "consulta.db.driver",
        "org.postgresql.ds.PGSimpleDataSource",
        "consulta.db.url",
        "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + SUPERUSER,
        "consulta.db.user",
        SUPERUSER,
        // The server trusts local connections; the data source still wants a non-empty value.
        "consulta.db.password",
        "embedded");
  }

  String description() {
    return "on port " + port + ", data in " + cluster();
  }

  /** Stops the server if it started. */
  void stop() {
    EmbeddedPostgres started = server;
    if (started == null) {
      return;
    }
    server = null;
    try {
      started.close();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL server did not stop", e);
    }
  }

  private Path cluster() {
    return dataDirectory.resolve("postgres");
  }

  private void requireDurableCommits() throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "SELECT name, setting FROM pg_settings"
                    + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")) {
      while (settings.next()) {
        if (!"on".equals(settings.getString(2))) {
          throw new IllegalStateException(settings.getString(1) + " is " + settings.getString(2));
        }
      }
    }
  }

  private void createDatabaseOnce() throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet found =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (found.next()) {
          return;
        }
      }
      statement.executeUpdate("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
    }
  }
}
