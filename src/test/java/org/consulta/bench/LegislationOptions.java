package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** The command line of {@link LegislationBenchmark}, as {@code --name value} pairs. */
record LegislationOptions(
    URI url,
    String password,
    Path corpus,
    Path dataDir,
    String postgresUrl,
    boolean importCorpus,
    boolean expand,
    int threads,
    int warmups,
    int passes,
    int limit,
    long seed,
    Path output) {

  static final String USAGE =
      """
      LegislationBenchmark [--url http://localhost:8080] --password ADMIN_PASSWORD
          [--corpus ../shared/corpus] [--data-dir ENGINE_DATA_DIR] [--postgres-url JDBC_URL]
          [--import true] [--expand false] [--threads 2] [--warmups 2] [--passes 10] [--limit 20]
          [--seed 20260101] [--output target/bench/legislation.json]
      --corpus is the corpus folder (its legislation.jsonl.gz is read) or a .jsonl.gz file.
      Without --postgres-url an embedded PostgreSQL 17 is started for the run.
      --import false measures searches only, on a corpus already imported.
      --expand true lets the engine widen queries with its thesaurus (PostgreSQL has none).
      The password may instead be given in CONSULTA_ADMIN_PASSWORD.""";

  static LegislationOptions parse(String[] args) {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--corpus",
                "--data-dir",
                "--postgres-url",
                "--import",
                "--expand",
                "--threads",
                "--warmups",
                "--passes",
                "--limit",
                "--seed",
                "--output"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    if (password == null || password.isBlank()) {
      throw line.problem("the admin password is needed");
    }
    Path corpus = line.path("--corpus", Path.of("../shared/corpus"));
    if (!corpus.getFileName().toString().endsWith(".gz")) {
      corpus = corpus.resolve("legislation.jsonl.gz");
    }
    return new LegislationOptions(
        line.uri("--url", URI.create("http://localhost:8080")),
        password,
        corpus,
        line.path("--data-dir", null),
        line.text("--postgres-url", null),
        line.bool("--import", true),
        line.bool("--expand", false),
        line.atLeast("--threads", 2, 1),
        line.atLeast("--warmups", 2, 1),
        line.atLeast("--passes", 10, 1),
        line.atLeast("--limit", 20, 1),
        line.number("--seed", 20260101L),
        line.path("--output", Path.of("target/bench/legislation.json")));
  }
}
