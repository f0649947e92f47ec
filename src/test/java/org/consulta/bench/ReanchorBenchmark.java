package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times re-anchoring on a round already in a running engine: edits every article of the consulted
 * law once, each edit carrying every comment on the article to the new revision in its transaction,
 * interleaved with the same kind of edit on a law without comments (the baseline). The re-anchoring
 * half of {@link ConsultationBenchmark}, to measure a change without loading a round again; each
 * run edits the laws once more, so run it on a copy of the data.
 */
public final class ReanchorBenchmark {
  private static final String USAGE =
      """
      usage: ReanchorBenchmark --url URL --password PW --law SLUG --quiet SLUG [--lang es]
          [--seed 1] [--engine-pid PID] [--data-dir DIR]
      --engine-pid, the engine JVM's process id, reads the CPU time it spends on the edits;
      --data-dir, the engine's data directory, that of its PostgreSQL (postgres/postmaster.pid).""";

  private ReanchorBenchmark() {}

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--law",
                "--quiet",
                "--lang",
                "--seed",
                "--engine-pid",
                "--data-dir"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    String law = line.text("--law", null);
    String quiet = line.text("--quiet", null);
    if (password == null || law == null || quiet == null) {
      System.err.println(USAGE);
      System.exit(2);
    }
    long pid = line.number("--engine-pid", 0);
    Path data = line.path("--data-dir", null);
    String lang = line.text("--lang", "es");
    var admin = new ConsultaApi(line.uri("--url", URI.create("http://localhost:8080")));
    admin.logIn("admin", password);
    List<Article> consulted = articles(admin, law, lang);
    List<Article> baseline = articles(admin, quiet, lang);
    Random random = new Random(line.number("--seed", 1));
    long wall = 0;
    long quietWall = 0;
    long cpu = 0;
    long quietCpu = 0;
    long postgres = 0;
    long quietPostgres = 0;
    int edits = Math.min(consulted.size(), baseline.size());
    for (int a = 0; a < edits; a++) {
      Redraft kind = Redraft.pick(random);
      long seed = random.nextLong();
      Article without = baseline.get(a);
      Article with = consulted.get(a);
      long[] q = timed(pid, data, () -> without.revise(admin, lang, kind, new Random(seed)));
      long[] c = timed(pid, data, () -> with.revise(admin, lang, kind, new Random(seed)));
      quietWall += q[0];
      quietCpu += q[1];
      quietPostgres += q[2];
      wall += c[0];
      cpu += c[1];
      postgres += c[2];
    }
    System.out.printf(
        "%d edits of %s (with its comments) / %s (without):%n"
            + "  wall %.3f / %.3f s, engine CPU %.3f / %.3f s, PostgreSQL CPU %.3f / %.3f s%n",
        edits,
        law,
        quiet,
        wall / 1e9,
        quietWall / 1e9,
        cpu / 1e9,
        quietCpu / 1e9,
        postgres / 1e9,
        quietPostgres / 1e9);
    if (admin.failureCount() > 0) {
      System.out.println("  failed requests: " + admin.failures());
    }
  }

  private interface Edit {
    ConsultaApi.Answer run() throws Exception;
  }

  /** An article's current text and ETag, whatever revision it is at. */
  private record Article(String law, String eId, String text, String etag) {
    ConsultaApi.Answer revise(ConsultaApi drafter, String lang, Redraft kind, Random random)
        throws Exception {
      Redraft.Edited edited = Redraft.edit(text, kind, random);
      String body =
          Json.createObjectBuilder()
              .add("text", edited.text())
              .add("message", "Benchmark: re-anchoring")
              .build()
              .toString();
      return drafter.send(
          "PUT",
          "laws/" + ConsultaApi.segment(law) + "/articles/" + eId + "?lang=" + lang,
          body,
          etag);
    }
  }

  /** Wall, engine CPU and PostgreSQL CPU of one edit, in nanoseconds. */
  private static long[] timed(long pid, Path data, Edit edit) throws Exception {
    long cpu = pid > 0 ? ProcessCpu.nanos(pid) : 0;
    long postgres = data != null ? ProcessCpu.postgres(data.resolve("postgres")).toNanos() : 0;
    ConsultaApi.Answer answer = edit.run();
    if (!answer.ok()) {
      throw new IllegalStateException("an edit failed: " + answer.body());
    }
    return new long[] {
      answer.nanos(),
      pid > 0 ? ProcessCpu.nanos(pid) - cpu : 0,
      data != null ? ProcessCpu.postgres(data.resolve("postgres")).toNanos() - postgres : 0
    };
  }

  private static List<Article> articles(ConsultaApi admin, String slug, String lang)
      throws Exception {
    Map<String, JsonObject> byEId = new LinkedHashMap<>();
    LawCopy.index(
        admin
            .get("laws/" + ConsultaApi.segment(slug) + "?lang=" + lang)
            .json()
            .getJsonArray("body"),
        byEId);
    List<Article> articles = new ArrayList<>();
    for (JsonObject node : byEId.values()) {
      if ("article".equals(node.getString("type"))) {
        articles.add(
            new Article(
                slug, node.getString("eId"), node.getString("text"), node.getString("etag")));
      }
    }
    return articles;
  }
}
