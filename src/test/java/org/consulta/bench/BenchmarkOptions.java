package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link RevisionStoreBenchmark}, as {@code --name value} pairs. */
record BenchmarkOptions(
    URI url,
    String password,
    Path history,
    Path dataDir,
    List<String> codes,
    int maxVersions,
    int reads,
    int diffPairs,
    boolean git,
    Path output) {

  static final String USAGE =
      """
      RevisionStoreBenchmark [--url http://localhost:8080] --password ADMIN_PASSWORD
          [--history ../shared/history] [--data-dir ENGINE_DATA_DIR] [--codes code,code]
          [--max-versions N] [--reads 200] [--diff-pairs 10] [--no-git]
          [--output target/bench/revision-store.json]
      The password may instead be given in CONSULTA_ADMIN_PASSWORD.""";

  static BenchmarkOptions parse(String[] args) {
    URI url = URI.create("http://localhost:8080");
    String password = System.getenv("CONSULTA_ADMIN_PASSWORD");
    Path history = Path.of("../shared/history");
    Path dataDir = null;
    List<String> codes = List.of();
    int maxVersions = Integer.MAX_VALUE;
    int reads = 200;
    int diffPairs = 10;
    boolean git = true;
    Path output = Path.of("target/bench/revision-store.json");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--no-git")) {
        git = false;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--url" -> url = URI.create(value);
        case "--password" -> password = value;
        case "--history" -> history = Path.of(value);
        case "--data-dir" -> dataDir = Path.of(value);
        case "--codes" ->
            codes =
                Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        case "--max-versions" -> maxVersions = Integer.parseInt(value);
        case "--reads" -> reads = Integer.parseInt(value);
        case "--diff-pairs" -> diffPairs = Integer.parseInt(value);
        case "--output" -> output = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("the admin password is needed\n" + USAGE);
    }
    return new BenchmarkOptions(
        url, password, history, dataDir, codes, maxVersions, reads, diffPairs, git, output);
  }
}
