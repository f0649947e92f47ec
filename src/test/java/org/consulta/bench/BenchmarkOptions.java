package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The command line of {@link RevisionStoreBenchmark}, as {@code --name value} pairs. */
record BenchmarkOptions(
    URI url,
    String password,
    Path history,
    Path dataDir,
    long enginePid,
    List<String> codes,
    int maxVersions,
    int reads,
    int diffPairs,
    boolean git,
    boolean concurrentCodes,
    Path output) {

  static final String USAGE =
      """
      RevisionStoreBenchmark [--url http://localhost:8080] --password ADMIN_PASSWORD
          [--history ../shared/history] [--data-dir ENGINE_DATA_DIR] [--engine-pid PID]
          [--codes code,code]
          [--max-versions N] [--reads 200] [--diff-pairs 10] [--no-git] [--concurrent-codes]
          [--output target/bench/revision-store.json]
      The password may instead be given in CONSULTA_ADMIN_PASSWORD.""";

  static BenchmarkOptions parse(String[] args) {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--history",
                "--data-dir",
                "--engine-pid",
                "--codes",
                "--max-versions",
                "--reads",
                "--diff-pairs",
                "--output"),
            Set.of("--no-git", "--concurrent-codes"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    if (password == null || password.isBlank()) {
      throw line.problem("the admin password is needed");
    }
    return new BenchmarkOptions(
        line.uri("--url", URI.create("http://localhost:8080")),
        password,
        line.path("--history", Path.of("../shared/history")),
        line.path("--data-dir", null),
        line.atLeast("--engine-pid", -1, 1),
        line.list("--codes"),
        line.atLeast("--max-versions", Integer.MAX_VALUE, 1),
        line.atLeast("--reads", 200, 0),
        line.atLeast("--diff-pairs", 10, 0),
        !line.flag("--no-git"),
        line.flag("--concurrent-codes"),
        line.path("--output", Path.of("target/bench/revision-store.json")));
  }
}
