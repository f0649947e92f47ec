package org.consulta.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks the revision store against real legislative history: replays each code's versions
 * through the HTTP API of a running engine, then times reading versions back and diffing them, and
 * compares the bytes stored with the same history packed by git. See {@link BenchmarkOptions#USAGE}
 * for the command line.
 */
public final class RevisionStoreBenchmark {
  private RevisionStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    var api = new ConsultaApi(options.url());
    api.logIn("admin", options.password());
    // One suffix per run, so a rerun against the same database creates new laws.
    String run = Long.toString(System.currentTimeMillis(), 36);
    var readBack = new ReadBack(api, 20260101L);
    List<CodeResult> results = new ArrayList<>();
    DatabaseStorage storage =
        options.dataDir() == null
            ? null
            : DatabaseStorage.of(options.dataDir(), options.enginePid());
    for (HistoryFile history : HistoryFile.in(options.history(), options.codes())) {
      var result = new CodeResult(history.code());
      result.slug = history.code() + "-" + run;
      result.versionsInHistory = history.versionCount();
      result.xzBytes = history.compressedBytes();
      System.err.printf(
          "%s: replaying %d of %d versions as law %s%n",
          history.code(),
          Math.min(options.maxVersions(), result.versionsInHistory),
          result.versionsInHistory,
          result.slug);
      DatabaseStorage.Snapshot beforeReplay = storage == null ? null : storage.snapshot();
      new HistoryReplay(api, result).replay(history, options.maxVersions());
      DatabaseStorage.Snapshot afterReplay = storage == null ? null : storage.snapshot();
      if (storage != null) {
        result.relationGrowth = afterReplay.growthSince(beforeReplay);
        result.databaseBytesAdded = afterReplay.relationBytes() - beforeReplay.relationBytes();
        result.walBytesWritten = afterReplay.walPosition() - beforeReplay.walPosition();
        result.replayEngineCpuSeconds =
            (afterReplay.engineCpuNanos() - beforeReplay.engineCpuNanos()) / 1e9;
        result.replayPostgresCpuSeconds =
            (afterReplay.postgresCpuNanos() - beforeReplay.postgresCpuNanos()) / 1e9;
      }
      System.err.printf(
          "  %.1f s, %d revisions; reading back%n", result.replaySeconds, result.revisions);
      // Random reads first, so that the check of every version below warms no cache for them.
      readBack.versions(result, options.reads());
      readBack.revisions(result, options.reads());
      if (storage != null) {
        DatabaseStorage.Snapshot afterReads = storage.snapshot();
        result.readEngineCpuSeconds =
            (afterReads.engineCpuNanos() - afterReplay.engineCpuNanos()) / 1e9;
        result.readPostgresCpuSeconds =
            (afterReads.postgresCpuNanos() - afterReplay.postgresCpuNanos()) / 1e9;
      }
      readBack.diffs(result, options.diffPairs());
      readBack.everyVersion(result, history);
      if (options.git()) {
        System.err.println("  packing the same history with git");
        result.gitPackBytes = PackedGitSize.of(history, result.versionsReplayed);
      }
      results.add(result);
    }
    long databaseBytes = options.dataDir() == null ? -1 : DatabaseFileSize.of(options.dataDir());
    DatabaseStorage.WalKept wal = storage == null ? null : storage.walKept();
    if (storage != null) {
      storage.close();
    }
    var report = new BenchmarkReport(options, results, api.failures(), databaseBytes, wal);
    report.print(System.out);
    report.write(options.output());
    System.out.println("Written " + options.output().toAbsolutePath());
  }
}
