package org.consulta.bench;

import java.nio.file.Files;

/**
 * Scores legislation search against the judged relevance set ({@code
 * src/test/resources/relevance}): the engine as users get it, the engine without its thesaurus
 * ({@code expand=false}), both over HTTP on an engine that holds the shared corpus, and a plain
 * BM25 baseline built in process from the same corpus file ({@link Bm25Baseline}). Prints nDCG@10,
 * recall@10 and MRR per language, per mono/cross and per tune/test half, and writes them with every
 * ranking as JSON. See {@link RelevanceOptions#USAGE}.
 */
public final class RelevanceBenchmark {
  static final String ENGINE = "engine";
  static final String NO_THESAURUS = "engine expand=false";
  static final String BASELINE = "BM25 baseline";

  private RelevanceBenchmark() {}

  public static void main(String[] args) throws Exception {
    RelevanceOptions options;
    try {
      options = RelevanceOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (!Files.isReadable(options.corpus())) {
      System.err.println("cannot read the corpus " + options.corpus());
      System.exit(2);
    }
    RelevanceSet set = RelevanceSet.load(options.set());
    var report = new RelevanceReport(set, options.cutOff());
    if (options.engine()) {
      var asUsers = new EngineSearch(options.url(), true);
      var withoutThesaurus = new EngineSearch(options.url(), false);
      for (RelevanceQuestion q : set.questions()) {
        report.add(ENGINE, q, asUsers.search(q.query(), options.depth()));
        report.add(NO_THESAURUS, q, withoutThesaurus.search(q.query(), options.depth()));
      }
      for (String failure : asUsers.failures) {
        System.err.println("engine refused " + failure);
      }
      for (String failure : withoutThesaurus.failures) {
        System.err.println("engine (expand=false) refused " + failure);
      }
    }
    System.err.println("Building the BM25 baseline from " + options.corpus());
    long start = System.nanoTime();
    try (Bm25Baseline baseline = Bm25Baseline.build(options.corpus())) {
      System.err.printf("  %.1f s%n", (System.nanoTime() - start) / 1e9);
      for (RelevanceQuestion q : set.questions()) {
        report.add(BASELINE, q, baseline.search(q.query(), options.depth()));
      }
    }
    report.print(System.out);
    report.write(
        options.output(), options.engine() ? options.url().toString() : null, options.corpus());
    System.out.println("Written " + options.output().toAbsolutePath());
  }
}
