package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

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
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--law",
                "--comments",
                "--revisions",
                "--participants",
                "--threads",
                "--report-runs",
                "--carrier-passages",
                "--seed",
                "--output"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    if (password == null || password.isBlank()) {
      throw line.problem("the admin password is needed");
    }
    int comments = line.atLeast("--comments", 100_000, 0);
    int revisions = line.atLeast("--revisions", 500, 0);
    if (revisions > comments) {
      throw line.problem("revisions are interleaved with comments: at most one per comment");
    }
    return new ConsultationOptions(
        line.uri("--url", URI.create("http://localhost:8080")),
        password,
        line.text("--law", "parity"),
        comments,
        revisions,
        line.atLeast("--participants", 200, 1),
        line.atLeast("--threads", 4, 1),
        line.atLeast("--report-runs", 3, 1),
        line.atLeast("--carrier-passages", 5000, 1),
        line.number("--seed", 20260101L),
        line.path("--output", Path.of("target/bench/consultation.json")));
  }
}
