package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;

/** The command line of {@link ConsultationBenchmark}, as {@code --name value} pairs. */
record ConsultationOptions(
    URI url,
    String password,
    String law,
    int comments,
    int revisions,
    int participants,
    int threads,
    int reportRuns,
    int carrierPassages,
    long seed,
    Path output) {

  static final String USAGE =
      """
      ConsultationBenchmark [--url http://localhost:8080] --password ADMIN_PASSWORD
          [--law parity] [--comments 100000] [--revisions 500] [--participants 200]
          [--threads 4] [--report-runs 3] [--carrier-passages 5000] [--seed 20260101]
          [--output target/bench/consultation.json]
      The password may instead be given in CONSULTA_ADMIN_PASSWORD.""";

  static ConsultationOptions parse(String[] args) {
    URI url = URI.create("http://localhost:8080");
    String password = System.getenv("CONSULTA_ADMIN_PASSWORD");
    String law = "parity";
    int comments = 100_000;
    int revisions = 500;
    int participants = 200;
    int threads = 4;
    int reportRuns = 3;
    int carrierPassages = 5000;
    long seed = 20260101L;
    Path output = Path.of("target/bench/consultation.json");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--url" -> url = URI.create(value);
        case "--password" -> password = value;
        case "--law" -> law = value;
        case "--comments" -> comments = atLeast(name, value, 0);
        case "--revisions" -> revisions = atLeast(name, value, 0);
        case "--participants" -> participants = atLeast(name, value, 1);
        case "--threads" -> threads = atLeast(name, value, 1);
        case "--report-runs" -> reportRuns = atLeast(name, value, 1);
        case "--carrier-passages" -> carrierPassages = atLeast(name, value, 1);
        case "--seed" -> seed = Long.parseLong(value);
        case "--output" -> output = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("the admin password is needed\n" + USAGE);
    }
    if (revisions > comments) {
      throw new IllegalArgumentException(
          "revisions are interleaved with comments: at most one per comment\n" + USAGE);
    }
    return new ConsultationOptions(
        url,
        password,
        law,
        comments,
        revisions,
        participants,
        threads,
        reportRuns,
        carrierPassages,
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
