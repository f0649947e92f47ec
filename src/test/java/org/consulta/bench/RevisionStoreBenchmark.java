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
      long databaseBefore = options.dataDir() == null ? -1 : DatabaseFileSize.of(options.dataDir());
      new HistoryReplay(api, result).replay(history, options.maxVersions());
      if (options.dataDir() != null) {
        result.databaseBytesAdded = DatabaseFileSize.of(options.dataDir()) - databaseBefore;
      }
      System.err.printf(
          "  %.1f s, %d revisions; reading back%n", result.replaySeconds, result.revisions);
      readBack.versions(result, options.reads());
      readBack.diffs(result, options.diffPairs());
      if (options.git()) {
        System.err.println("  packing the same history with git");
        result.gitPackBytes = PackedGitSize.of(history, result.versionsReplayed);
      }
      results.add(result);
    }
    long databaseBytes = options.dataDir() == null ? -1 : DatabaseFileSize.of(options.dataDir());
    var report = new BenchmarkReport(options, results, api.failures(), databaseBytes);
    report.print(System.out);
    report.write(options.output());
    System.out.println("Written " + options.output().toAbsolutePath());
  }
}
