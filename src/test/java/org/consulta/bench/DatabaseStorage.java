package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine's embedded PostgreSQL server stores, asked of the server itself (found through
 * {@code postgres/postmaster.pid} in the engine's data directory): the size of every table with its
 * TOAST table and indexes, the write-ahead log written so far, the log files it keeps, and the CPU
 * time of the server and of the engine that started it.
 */
final class DatabaseStorage implements AutoCloseable {
  private final Path cluster;
  private final Connection connection;
  private final long enginePid;

  private DatabaseStorage(Path cluster, Connection connection, long enginePid) {
    this.cluster = cluster;
    this.connection = connection;
    this.enginePid = enginePid;
  }

  /** The server of the engine whose data directory is {@code dataDir}; engine pid -1 if unknown. */
  static DatabaseStorage of(Path dataDir, long enginePid) throws IOException, SQLException {
    Path cluster = dataDir.resolve("postgres");
    List<String> pid = Files.readAllLines(cluster.resolve("postmaster.pid"));
    String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/consulta";
    return new DatabaseStorage(
        cluster, DriverManager.getConnection(url, "postgres", "bench"), enginePid);
  }

  /** One moment of the server: relation sizes, log position and CPU so far. */
  record Snapshot(
      Map<String, Long> relations, long walPosition, long postgresCpuNanos, long engineCpuNanos) {
    long relationBytes() {
      return relations.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Bytes each relation grew by since {@code before}, the relations that did not left out. */
    Map<String, Long> growthSince(Snapshot before) {
      Map<String, Long> growth = new TreeMap<>();
      relations.forEach(
          (name, bytes) -> {
            long added = bytes - before.relations.getOrDefault(name, 0L);
            if (added != 0) {
              growth.put(name, added);
            }
          });
      return growth;
    }
  }

  /** The log the server keeps on disk and the settings that bound it. */
  record WalKept(long bytes, int files, String minWalSize, String maxWalSize) {}

  Snapshot snapshot() throws SQLException, IOException {
    Map<String, Long> relations = new TreeMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c"
                  + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')")) {
        while (rows.next()) {
          relations.put(rows.getString(1), rows.getLong(2));
        }
      }
      try (ResultSet position =
          statement.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
        position.next();
        return new Snapshot(
            relations, position.getLong(1), ProcessCpu.postgres(cluster).toNanos(), engineCpu());
      }
    }
  }

  WalKept walKept() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM pg_ls_waldir()),"
                    + " (SELECT coalesce(sum(size), 0) FROM pg_ls_waldir()),"
                    + " current_setting('min_wal_size'), current_setting('max_wal_size')")) {
      rows.next();
      return new WalKept(rows.getLong(2), rows.getInt(1), rows.getString(3), rows.getString(4));
    }
  }

  /** The engine process and its children, so that the pid of a shell that started it serves. */
  private long engineCpu() {
    if (enginePid < 0) {
      return -1;
    }
    ProcessHandle engine =
        ProcessHandle.of(enginePid)
            .orElseThrow(() -> new IllegalStateException("no process " + enginePid));
    return engine
        .descendants()
        .map(ProcessCpu::of)
        .reduce(ProcessCpu.of(engine), java.time.Duration::plus)
        .toNanos();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
