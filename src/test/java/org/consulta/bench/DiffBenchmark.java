package org.consulta.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.util.Set;

/**
 * Times whole-law diffs on a law already in a running engine (one that {@link
 * RevisionStoreBenchmark} replayed): the first to the last version, then random ordered pairs, the
 * same pairs at every run of the same seed. The sequence is run {@code --passes} times, so that a
 * second pass shows what the engine kept from the first.
 */
public final class DiffBenchmark {
  private static final String USAGE =
      """
      usage: DiffBenchmark --url URL --password PW --law SLUG [--pairs 30] [--passes 2]
          [--seed 20260101] [--engine-pid PID]""";

  private DiffBenchmark() {}

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args,
            Set.of("--url", "--password", "--law", "--pairs", "--passes", "--seed", "--engine-pid"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    String law = line.text("--law", null);
    if (password == null || law == null) {
      System.err.println(USAGE);
      System.exit(2);
    }
    long pid = line.number("--engine-pid", 0);
    var api = new ConsultaApi(line.uri("--url", URI.create("http://localhost:8080")));
    api.logIn("admin", password);
    int versions =
        Json.createReader(
                new StringReader(api.get("laws/" + ConsultaApi.segment(law) + "/versions").body()))
            .readArray()
            .size();
    for (int pass = 1; pass <= line.atLeast("--passes", 2, 1); pass++) {
      var result = new CodeResult(law);
      result.slug = law;
      result.versionsReplayed = versions;
      long cpu = pid > 0 ? ProcessCpu.nanos(pid) : 0;
      new ReadBack(api, line.number("--seed", 20260101L))
          .diffs(result, (int) line.atLeast("--pairs", 30, 0));
      long used = pid > 0 ? ProcessCpu.nanos(pid) - cpu : 0;
      System.out.printf(
          "pass %d, %d versions: first to last %.1f ms; all %d diffs median %.1f ms, p99 %.1f ms;"
              + " engine CPU %.2f s%n",
          pass,
          versions,
          result.firstToLastDiff.median(),
          result.allDiffs().count(),
          result.allDiffs().median(),
          result.allDiffs().p99(),
          used / 1e9);
    }
  }
}
