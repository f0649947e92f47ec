package org.consulta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    List<HistoryFile> histories = HistoryFile.in(options.history(), options.codes());
    for (HistoryFile history : histories) {
      var result = new CodeResult(history.code());
      result.slug = history.code() + "-" + run;
      result.versionsInHistory = history.versionCount();
      result.xzBytes = history.compressedBytes();
      results.add(result);
    }
    ReplayedTogether together = null;
    if (options.concurrentCodes()) {
      DatabaseStorage.Snapshot before = storage == null ? null : storage.snapshot();
      long start = System.nanoTime();
      replayConcurrently(api, histories, results, options.maxVersions());
      double wall = (System.nanoTime() - start) / 1e9;
      together =
          ReplayedTogether.between(wall, before, storage == null ? null : storage.snapshot());
    }
    for (int i = 0; i < histories.size(); i++) {
      HistoryFile history = histories.get(i);
      CodeResult result = results.get(i);
      DatabaseStorage.Snapshot afterReplay =
          options.concurrentCodes()
              ? (storage == null ? null : storage.snapshot())
              : replay(api, history, result, options.maxVersions(), storage);
      System.err.printf(
          "  %s: %.1f s, %d revisions; reading back%n",
          history.code(), result.replaySeconds, result.revisions);
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
    }
    long databaseBytes = options.dataDir() == null ? -1 : DatabaseFileSize.of(options.dataDir());
    DatabaseStorage.WalKept wal = storage == null ? null : storage.walKept();
    if (storage != null) {
      storage.close();
    }
    var report =
        new BenchmarkReport(options, results, api.failures(), databaseBytes, wal, together);
    report.print(System.out);
    report.write(options.output());
    System.out.println("Written " + options.output().toAbsolutePath());
  }

  /** Replays one code, and measures what it added to the database; the snapshot after it. */
  private static DatabaseStorage.Snapshot replay(
      ConsultaApi api,
      HistoryFile history,
      CodeResult result,
      int maxVersions,
      DatabaseStorage storage)
      throws Exception {
    announce(history, result, maxVersions);
    DatabaseStorage.Snapshot beforeReplay = storage == null ? null : storage.snapshot();
    new HistoryReplay(api, result).replay(history, maxVersions);
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
    return afterReplay;
  }

  /**
   * Replays every code at the same time, one thread each, every code's versions still in order: as
   * several drafting teams would write, each waiting for its own answers.
   */
  private static void replayConcurrently(
      ConsultaApi api, List<HistoryFile> histories, List<CodeResult> results, int maxVersions)
      throws Exception {
    var pool = Executors.newFixedThreadPool(histories.size());
    try {
      List<Future<?>> replays = new ArrayList<>();
      for (int i = 0; i < histories.size(); i++) {
        HistoryFile history = histories.get(i);
        CodeResult result = results.get(i);
        announce(history, result, maxVersions);
        replays.add(
            pool.submit(
                () -> {
                  new HistoryReplay(api, result).replay(history, maxVersions);
                  return null;
                }));
      }
      for (Future<?> replay : replays) {
        replay.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void announce(HistoryFile history, CodeResult result, int maxVersions) {
    System.err.printf(
        "%s: replaying %d of %d versions as law %s%n",
        history.code(),
        Math.min(maxVersions, result.versionsInHistory),
        result.versionsInHistory,
        result.slug);
  }
}
