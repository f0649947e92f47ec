package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The results as a table for people and as JSON for tools. */
final class BenchmarkReport {
  private final BenchmarkOptions options;
  private final List<CodeResult> codes;
  private final CodeResult total = new CodeResult("TOTAL");
  private final List<ApiFailure> failures;
  private final long databaseBytes;
  private final DatabaseStorage.WalKept wal;
  private final ReplayedTogether together;

  /** {@code together} is null when the codes were replayed one after the other. */
  BenchmarkReport(
      BenchmarkOptions options,
      List<CodeResult> codes,
      List<ApiFailure> failures,
      long databaseBytes,
      DatabaseStorage.WalKept wal,
      ReplayedTogether together) {
    this.options = options;
    this.codes = codes;
    this.failures = failures;
    this.databaseBytes = databaseBytes;
    this.wal = wal;
    this.together = together;
    Map<String, Long> relations = new TreeMap<>();
    total.walBytesWritten = 0;
    total.replayEngineCpuSeconds = 0;
    total.replayPostgresCpuSeconds = 0;
    total.readEngineCpuSeconds = 0;
    total.readPostgresCpuSeconds = 0;
    total.versionsReadBackExactly = 0;
    total.gitPackBytes = 0;
    total.databaseBytesAdded = 0;
    total.lastVersionReadsBack = true;
    for (CodeResult c : codes) {
      total.versionsInHistory += c.versionsInHistory;
      total.versionsReplayed += c.versionsReplayed;
      total.articlesInFirstVersion += c.articlesInFirstVersion;
      total.articlesInLastVersion += c.articlesInLastVersion;
      total.revisions += c.revisions;
      total.edits += c.edits;
      total.unchangedEdits += c.unchangedEdits;
      total.inserts += c.inserts;
      total.moves += c.moves;
      total.deletes += c.deletes;
      total.storedTextBytes += c.storedTextBytes;
      total.historyTextBytes += c.historyTextBytes;
      total.xzBytes += c.xzBytes;
      total.gitPackBytes =
          c.gitPackBytes < 0 || total.gitPackBytes < 0 ? -1 : total.gitPackBytes + c.gitPackBytes;
      total.databaseBytesAdded =
          c.databaseBytesAdded < 0 || total.databaseBytesAdded < 0
              ? -1
              : total.databaseBytesAdded + c.databaseBytesAdded;
      total.replaySeconds += c.replaySeconds;
      total.createSeconds += c.createSeconds;
      total.lastVersionReadsBack &= c.lastVersionReadsBack;
      c.relationGrowth.forEach((name, bytes) -> relations.merge(name, bytes, Long::sum));
      total.walBytesWritten += c.walBytesWritten;
      total.replayEngineCpuSeconds += c.replayEngineCpuSeconds;
      total.replayPostgresCpuSeconds += c.replayPostgresCpuSeconds;
      total.readEngineCpuSeconds += c.readEngineCpuSeconds;
      total.readPostgresCpuSeconds += c.readPostgresCpuSeconds;
      total.versionsReadBackExactly += c.versionsReadBackExactly;
      total.revisionReads.addAll(c.revisionReads);
      total.writes.addAll(c.writes);
      total.versionRecords.addAll(c.versionRecords);
      total.versionReads.addAll(c.versionReads);
      total.firstToLastDiff.addAll(c.firstToLastDiff);
      total.pairDiffs.addAll(c.pairDiffs);
    }
    total.relationGrowth = relations;
    if (together != null) {
      together.onto(total);
    }
  }

  void print(PrintStream out) {
    String row = "%-48s %9s %9s %8s %15s %13s %9s %9s %7s %8s %9s %15s %15s %17s %17s %9s%n";
    out.printf(
        row,
        "code",
        "versions",
        "revisions",
        "rev/s",
        "write med/p99",
        "CPU s eng/pg",
        "stored MB",
        "raw MB",
        "xz MB",
        "git MB",
        "database +MB",
        "read v med/p99",
        "read rev m/p99",
        "diff 1->last ms",
        "diff all med/p99",
        "exact");
    for (CodeResult c : codes) {
      line(out, row, c);
    }
    if (codes.size() > 1) {
      line(out, row, total);
    }
    if (together != null) {
      out.printf(
          "%nThe codes were replayed at the same time, each in its own order: the total's rev/s,"
              + " CPU, growth and WAL are over the %.1f s the replays took together%n",
          together.wallSeconds());
    }
    out.printf(
        "%nAll times in milliseconds unless named; MB = 10^6 bytes. PostgreSQL database files at the end: %s%n",
        databaseBytes < 0 ? "not measured (no --data-dir)" : mb(databaseBytes) + " MB");
    if (wal != null) {
      out.printf(
          "Database growth by table (with TOAST and indexes), MB: %s%n",
          total.relationGrowth.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .limit(8)
              .map(e -> e.getKey() + " " + mb(e.getValue()))
              .collect(Collectors.joining(", ")));
      out.printf(
          "Write-ahead log: %s MB written during the replays; %d files, %s MB kept at the end"
              + " (min_wal_size %s, max_wal_size %s: recycled, not grown by the history)%n",
          mb(total.walBytesWritten),
          wal.files(),
          mb(wal.bytes()),
          wal.minWalSize(),
          wal.maxWalSize());
      out.printf(
          "CPU during the random reads (s, engine/PostgreSQL): %.1f/%.1f for %d version and %d"
              + " revision reads%n",
          total.readEngineCpuSeconds,
          total.readPostgresCpuSeconds,
          total.versionReads.count(),
          total.revisionReads.count());
    }
    out.printf(
        "Revisions: %d at creation, %d edits, %d inserts, %d moves, %d deletes (%d edits changed nothing)%n",
        total.articlesInFirstVersion,
        total.edits,
        total.inserts,
        total.moves,
        total.deletes,
        total.unchangedEdits);
    if (failures.isEmpty()) {
      out.println("API errors: none");
    } else {
      out.println("API errors: " + failures.size());
      failures.stream().limit(50).forEach(f -> out.println("  " + f.line()));
    }
  }

  private static void line(PrintStream out, String row, CodeResult c) {
    out.printf(
        row,
        c.code.length() > 48 ? c.code.substring(0, 48) : c.code,
        c.versionsReplayed + "/" + c.versionsInHistory,
        c.revisions,
        String.format("%.1f", c.revisionsPerSecond()),
        pair(c.writes),
        c.replayEngineCpuSeconds < 0
            ? "-"
            : String.format("%.0f/%.0f", c.replayEngineCpuSeconds, c.replayPostgresCpuSeconds),
        mb(c.storedTextBytes),
        mb(c.historyTextBytes),
        mb(c.xzBytes),
        c.gitPackBytes < 0 ? "-" : mb(c.gitPackBytes),
        c.databaseBytesAdded < 0 ? "-" : mb(c.databaseBytesAdded),
        pair(c.versionReads),
        pair(c.revisionReads),
        ms(c.firstToLastDiff.median()),
        pair(c.allDiffs()),
        c.versionsReadBackExactly < 0
            ? (c.lastVersionReadsBack ? "last" : "NO")
            : c.versionsReadBackExactly + "/" + c.versionsReplayed);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var results = Json.createArrayBuilder();
    codes.forEach(c -> results.add(c.json()));
    var failed = Json.createArrayBuilder();
    failures.forEach(f -> failed.add(f.json()));
    JsonObjectBuilder report =
        Json.createObjectBuilder()
            .add("measuredAt", Instant.now().toString())
            .add("engine", options.url().toString())
            .add(
                "maxVersionsPerCode",
                options.maxVersions() == Integer.MAX_VALUE ? -1 : options.maxVersions())
            .add("codesReplayedConcurrently", together != null)
            .add("databaseBytes", databaseBytes)
            .add("walKeptBytes", wal == null ? -1 : wal.bytes())
            .add("total", total.json())
            .add("codes", results)
            .add("apiErrors", failed);
    JsonWriterFactory pretty =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      pretty.createWriter(out).write(report.build());
    }
  }

  private static String pair(Percentiles p) {
    return p.count() == 0 ? "-" : ms(p.median()) + "/" + ms(p.p99());
  }

  private static String ms(double ms) {
    return Double.isNaN(ms)
        ? "-"
        : ms >= 100 ? String.format("%.0f", ms) : String.format("%.1f", ms);
  }

  private static String mb(long bytes) {
    return String.format("%.2f", bytes / 1e6);
  }
}
