package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** The command line of {@link PublicationBenchmark}. */
record PublicationOptions(
    URI url,
    String password,
    Path history,
    String code,
    int runs,
    int warmups,
    int codeRuns,
    int gets,
    int warmupGets,
    Path output,
    Path files) {

  static final String USAGE =
      """
      PublicationBenchmark [--url http://localhost:8080 --password ADMIN_PASSWORD]
          [--history ../shared/history] [--code codigo-del-trabajo] [--runs 20] [--warmups 3]
          [--code-runs 3] [--gets 50] [--warmup-gets 30]
          [--output target/bench/publication.md]
          [--files target/bench/publication]
      Without --url only the in-process renders are measured. --code none leaves the code out.
      The password may instead be given in CONSULTA_ADMIN_PASSWORD.""";

  static PublicationOptions parse(String[] args) {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--history",
                "--code",
                "--runs",
                "--warmups",
                "--code-runs",
                "--gets",
                "--warmup-gets",
                "--output",
                "--files"),
            USAGE);
    URI url = line.uri("--url", null);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    if (url != null && (password == null || password.isBlank())) {
      throw line.problem("the admin password is needed to record versions");
    }
    String code = line.text("--code", "codigo-del-trabajo");
    return new PublicationOptions(
        url,
        password,
        line.path("--history", Path.of("../shared/history")),
        code.equals("none") ? null : code,
        line.atLeast("--runs", 20, 1),
        line.atLeast("--warmups", 3, 0),
        line.atLeast("--code-runs", 3, 1),
        line.atLeast("--gets", 50, 1),
        line.atLeast("--warmup-gets", 30, 0),
        line.path("--output", Path.of("target/bench/publication.md")),
        line.path("--files", Path.of("target/bench/publication")));
  }
}
