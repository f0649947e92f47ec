package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** The command line of {@link RelevanceBenchmark}, as {@code --name value} pairs. */
record RelevanceOptions(
    URI url, Path corpus, Path set, boolean engine, int depth, int cutOff, Path output) {

  static final String USAGE =
      """
      RelevanceBenchmark [--url http://localhost:8080] [--corpus ../shared/corpus]
          [--set src/test/resources/relevance] [--engine true] [--depth 20] [--cut-off 10]
          [--output target/bench/relevance.json]
      The engine at --url must already hold the corpus (LegislationBenchmark or the command-line
      client imports it); its search is asked as users get it and with expand=false.
      --corpus is the corpus folder (its legislation.jsonl.gz is read) or a .jsonl.gz file, from
      which the BM25 baseline is built in process. --engine false scores the baseline only.
      --depth is how many results of each ranking are kept in the JSON (the pool for judging);
      --cut-off is the k of nDCG@k, recall@k and MRR.""";

  static RelevanceOptions parse(String[] args) {
    var line =
        new CommandLine(
            args,
            Set.of("--url", "--corpus", "--set", "--engine", "--depth", "--cut-off", "--output"),
            USAGE);
    Path corpus = line.path("--corpus", Path.of("../shared/corpus"));
    if (!corpus.getFileName().toString().endsWith(".gz")) {
      corpus = corpus.resolve("legislation.jsonl.gz");
    }
    int cutOff = line.atLeast("--cut-off", 10, 1);
    int depth = line.atLeast("--depth", 20, 1);
    if (depth < cutOff) {
      throw line.problem("--depth must be at least --cut-off");
    }
    return new RelevanceOptions(
        line.uri("--url", URI.create("http://localhost:8080")),
        corpus,
        line.path("--set", Path.of("src/test/resources/relevance")),
        line.bool("--engine", true),
        depth,
        cutOff,
        line.path("--output", Path.of("target/bench/relevance.json")));
  }
}
