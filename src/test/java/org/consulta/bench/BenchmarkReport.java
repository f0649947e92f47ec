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

/** The results as a table for people and as JSON for tools. */
final class BenchmarkReport {
  private final BenchmarkOptions options;
  private final List<CodeResult> codes;
  private final CodeResult total = new CodeResult("TOTAL");
  private final List<ApiFailure> failures;
  private final long databaseBytes;

  BenchmarkReport(
      BenchmarkOptions options,
      List<CodeResult> codes,
      List<ApiFailure> failures,
      long databaseBytes) {
    this.options = options;
    this.codes = codes;
    this.failures = failures;
    this.databaseBytes = databaseBytes;
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
      total.writes.addAll(c.writes);
      total.versionRecords.addAll(c.versionRecords);
      total.versionReads.addAll(c.versionReads);
      total.firstToLastDiff.addAll(c.firstToLastDiff);
      total.pairDiffs.addAll(c.pairDiffs);
    }
  }

  void print(PrintStream out) {
    String row = "%-48s %9s %9s %8s %15s %9s %9s %7s %8s %9s %15s %17s %17s %5s%n";
    out.printf(
        row,
        "code",
        "versions",
        "revisions",
        "rev/s",
        "write med/p99",
        "stored MB",
        "raw MB",
        "xz MB",
        "git MB",
        "database +MB",
        "read v med/p99",
        "diff 1->last ms",
        "diff all med/p99",
        "exact");
    for (CodeResult c : codes) {
      line(out, row, c);
    }
    if (codes.size() > 1) {
      line(out, row, total);
    }
    out.printf(
        "%nAll times in milliseconds unless named; MB = 10^6 bytes. PostgreSQL database files at the end: %s%n",
        databaseBytes < 0 ? "not measured (no --data-dir)" : mb(databaseBytes) + " MB");
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
        mb(c.storedTextBytes),
        mb(c.historyTextBytes),
        mb(c.xzBytes),
        c.gitPackBytes < 0 ? "-" : mb(c.gitPackBytes),
        c.databaseBytesAdded < 0 ? "-" : mb(c.databaseBytesAdded),
        pair(c.versionReads),
        ms(c.firstToLastDiff.median()),
        pair(c.allDiffs()),
        c.lastVersionReadsBack ? "yes" : "NO");
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
            .add("databaseBytes", databaseBytes)
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
