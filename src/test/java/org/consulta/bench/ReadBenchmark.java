package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Times reads of old versions of a whole law and of old revisions of single articles, on a law
 * already in a running engine (one that {@link RevisionStoreBenchmark} replayed), without a new
 * replay: {@code --reads} versions drawn uniformly from all recorded, then as many article
 * revisions drawn from the revisions of the law's current articles, the same draws at every run of
 * the same seed, the sequence run {@code --passes} times. Reads of a version or revision this run
 * had not read before are reported apart from repeated ones, since an engine may keep what it read.
 */
public final class ReadBenchmark {
  private static final String USAGE =
      """
      usage: ReadBenchmark --url URL --password PW --law SLUG [--reads 200] [--passes 2]
          [--seed 20260101] [--engine-pid PID] [--data-dir DIR]""";

  private ReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--law",
                "--reads",
                "--passes",
                "--seed",
                "--engine-pid",
                "--data-dir"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    String law = line.text("--law", null);
    if (password == null || law == null) {
      System.err.println(USAGE);
      System.exit(2);
    }
    long pid = line.number("--engine-pid", 0);
    String dataDir = line.text("--data-dir", null);
    var api = new ConsultaApi(line.uri("--url", URI.create("http://localhost:8080")));
    api.logIn("admin", password);
    String path = "laws/" + ConsultaApi.segment(law);
    int versions =
        Json.createReader(new StringReader(api.get(path + "/versions").body())).readArray().size();
    List<String> revisions = revisions(api.get(path + "?lang=es").json());
    int reads = (int) line.atLeast("--reads", 200, 1);
    Set<String> read = new HashSet<>();
    for (int pass = 1; pass <= line.atLeast("--passes", 2, 1); pass++) {
      var random = new Random(line.number("--seed", 20260101L));
      var newVersions = new Percentiles();
      var againVersions = new Percentiles();
      var newRevisions = new Percentiles();
      var againRevisions = new Percentiles();
      long cpu = cpu(pid);
      long postgres =
          dataDir == null ? 0 : ProcessCpu.postgres(Path.of(dataDir, "postgres")).toNanos();
      for (int i = 0; i < reads; i++) {
        String version = path + "/versions/" + (1 + random.nextInt(versions)) + "?lang=es";
        long nanos = ok(api.get(version));
        (read.add(version) ? newVersions : againVersions).add(nanos);
      }
      long versionsCpu = cpu(pid) - cpu;
      for (int i = 0; i < reads; i++) {
        String revision =
            path + "/articles/" + revisions.get(random.nextInt(revisions.size())) + "?lang=es";
        long nanos = ok(api.get(revision));
        (read.add(revision) ? newRevisions : againRevisions).add(nanos);
      }
      long revisionsCpu = cpu(pid) - cpu - versionsCpu;
      long usedPostgres =
          dataDir == null
              ? 0
              : ProcessCpu.postgres(Path.of(dataDir, "postgres")).toNanos() - postgres;
      System.out.printf(
          "pass %d, %d versions, %d revisions: versions new %s, again %s;"
              + " revisions new %s, again %s; engine CPU versions %.2f s, revisions %.2f s;"
              + " PostgreSQL CPU %.2f s%n",
          pass,
          versions,
          revisions.size(),
          summary(newVersions),
          summary(againVersions),
          summary(newRevisions),
          summary(againRevisions),
          versionsCpu / 1e9,
          revisionsCpu / 1e9,
          usedPostgres / 1e9);
    }
  }

  private static long cpu(long pid) {
    return pid > 0 ? ProcessCpu.nanos(pid) : 0;
  }

  /** Every revision of every current article, as {@code eId/revisions/n}. */
  private static List<String> revisions(JsonObject law) {
    List<String> all = new ArrayList<>();
    collect(law.getJsonArray("body").getValuesAs(JsonObject.class), all);
    return all;
  }

  private static void collect(List<JsonObject> nodes, List<String> all) {
    for (JsonObject node : nodes) {
      if (node.getString("type").equals("article")) {
        for (int n = 1; n <= node.getInt("revision"); n++) {
          all.add(ConsultaApi.segment(node.getString("eId")) + "/revisions/" + n);
        }
      } else {
        collect(node.getJsonArray("children").getValuesAs(JsonObject.class), all);
      }
    }
  }

  private static long ok(ConsultaApi.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("read failed: " + answer.status() + " " + answer.body());
    }
    return answer.nanos();
  }

  private static String summary(Percentiles p) {
    return p.count() == 0
        ? "none"
        : String.format("%d med %.1f / p99 %.1f ms", p.count(), p.median(), p.p99());
  }
}
