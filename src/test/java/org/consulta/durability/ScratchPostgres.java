package org.consulta.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster run with the machine's own PostgreSQL programs, the same release
 * as its {@code pg_dump} and {@code pg_restore}: a dump needs a client at least as new as the
 * server, and the engine ships only a server (17), no client. As root, the server runs as {@code
 * postgres}, since PostgreSQL refuses to run as root.
 */
final class ScratchPostgres implements AutoCloseable {
  private static final List<String> PROGRAMS = List.of("initdb", "pg_ctl", "pg_dump", "pg_restore");
  private static final String SERVER_USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final Path cluster;
  private final int port;

  private ScratchPostgres(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.cluster = dir.resolve("cluster");
    this.port = port;
  }

  /** The newest {@code /usr/lib/postgresql/N/bin} (Debian's layout) that has every program. */
  static Optional<Path> programs() throws IOException {
    Path versions = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(versions)) {
      return Optional.empty();
    }
    try (Stream<Path> each = Files.list(versions)) {
      return each.map(version -> version.resolve("bin"))
          .filter(dir -> PROGRAMS.stream().allMatch(p -> Files.isExecutable(dir.resolve(p))))
          .max(Comparator.comparing(dir -> versionOf(dir.getParent())));
    }
  }

  private static int versionOf(Path dir) {
    String name = dir.getFileName().toString();
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  static ScratchPostgres start(Path bin, Path dir) throws IOException, InterruptedException {
    if (asRoot()) {
      var postgres = dir.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(dir, postgres.lookupPrincipalByName(SERVER_USER));
    }
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var server = new ScratchPostgres(bin, dir, port);
    server.run(
        true,
        "initdb",
        "-D",
        server.cluster.toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8");
    server.run(
        true,
        "pg_ctl",
        "-D",
        server.cluster.toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
    return server;
  }

  /** What points the engine at {@code database}. */
  Map<String, String> engineSettings(String database) {
    return Map.of(
        "CONSULTA_DB_URL", jdbcUrl(database),
        "CONSULTA_DB_USER", "postgres",
        "CONSULTA_DB_PASSWORD", "trusted");
  }

  void createDatabase(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }
  }

  /** Stops the server and deletes the cluster. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run(true, "pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** {@code pg_dump} in its custom format, as deploy/README.md tells operators to. */
  void dump(String database, Path file) throws IOException, InterruptedException {
    run(
        false,
        "pg_dump",
        "-h",
        "127.0.0.1",
        "-p",
        "" + port,
        "-U",
        "postgres",
        "-Fc",
        "-f",
        file.toString(),
        database);
  }

  void restore(Path file, String database) throws IOException, InterruptedException {
    run(
        false,
        "pg_restore",
        "-h",
        "127.0.0.1",
        "-p",
        "" + port,
        "-U",
        "postgres",
        "--no-owner",
        "--exit-on-error",
        "-d",
        database,
        file.toString());
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private void run(boolean asServer, String program, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asServer && asRoot()) {
      command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
