package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;

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
    URI url = URI.create("http://localhost:8080");
    String password = System.getenv("CONSULTA_ADMIN_PASSWORD");
    Path corpus = Path.of("../shared/corpus");
    Path dataDir = null;
    String postgresUrl = null;
    boolean importCorpus = true;
    boolean expand = false;
    int threads = 2;
    int warmups = 2;
    int passes = 10;
    int limit = 20;
    long seed = 20260101L;
    Path output = Path.of("target/bench/legislation.json");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--url" -> url = URI.create(value);
        case "--password" -> password = value;
        case "--corpus" -> corpus = Path.of(value);
        case "--data-dir" -> dataDir = Path.of(value);
        case "--postgres-url" -> postgresUrl = value;
        case "--import" -> importCorpus = Boolean.parseBoolean(value);
        case "--expand" -> expand = Boolean.parseBoolean(value);
        case "--threads" -> threads = atLeast(name, value, 1);
        case "--warmups" -> warmups = atLeast(name, value, 1);
        case "--passes" -> passes = atLeast(name, value, 1);
        case "--limit" -> limit = atLeast(name, value, 1);
        case "--seed" -> seed = Long.parseLong(value);
        case "--output" -> output = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("the admin password is needed\n" + USAGE);
    }
    if (!corpus.getFileName().toString().endsWith(".gz")) {
      corpus = corpus.resolve("legislation.jsonl.gz");
    }
    return new LegislationOptions(
        url,
        password,
        corpus,
        dataDir,
        postgresUrl,
        importCorpus,
        expand,
        threads,
        warmups,
        passes,
        limit,
        seed,
        output);
  }

  private static int atLeast(String name, String value, int least) {
    int n = Integer.parseInt(value);
    if (n < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + "\n" + USAGE);
    }
    return n;
  }
}
