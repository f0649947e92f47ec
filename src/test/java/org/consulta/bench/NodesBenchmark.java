package org.consulta.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consulta.api.Api;
import org.consulta.api.Deployments;
import org.consulta.nodes.NodeProcess;

/**
 * Comment posting throughput with one engine and with two on the same PostgreSQL (loopback, one
 * machine), and how long a comment posted on one node takes to be searchable on the other, quiet
 * and under the posting load. Starts its own embedded PostgreSQL and the engine jar twice.
 */
public final class NodesBenchmark {
  static final String USAGE =
      "NodesBenchmark [--jar target/consulta.jar] [--drafts drafts] [--law parity]"
          + " [--comments 2000] [--threads 4] [--participants 20] [--samples 40] [--heap 768m]"
          + " [--output target/bench/nodes.json]";

  private NodesBenchmark() {}

  public static void main(String[] args) throws Exception {
    var options =
        new CommandLine(
            args,
            Set.of(
                "--jar",
                "--drafts",
                "--law",
                "--comments",
                "--threads",
                "--participants",
                "--samples",
                "--heap",
                "--output"),
            USAGE);
    Path jar = options.path("--jar", Path.of("target", "consulta.jar")).toAbsolutePath();
    Path drafts = options.path("--drafts", Path.of("drafts")).toAbsolutePath();
    String law = options.text("--law", "parity");
    int comments = options.atLeast("--comments", 2000, 1);
    int threads = options.atLeast("--threads", 4, 1);
    int participants = options.atLeast("--participants", 20, 1);
    int samples = options.atLeast("--samples", 40, 1);
    String heap = options.text("--heap", "768m");
    Path output = options.path("--output", Path.of("target", "bench", "nodes.json"));

    Path work = Files.createDirectories(Path.of("target", "bench", "nodes-" + System.nanoTime()));
    Path pgData = Files.createDirectories(work.resolve("postgres"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgData).start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("CREATE DATABASE nodes");
      }
      var cluster =
          new NodeProcess.Cluster(
              jar, drafts, postgres.getJdbcUrl("postgres", "nodes"), "postgres", "postgres");
      try (NodeProcess a = NodeProcess.start(cluster, work.resolve("a").toAbsolutePath(), heap)) {
        Round round = Round.open(a.api(), law, participants);
        var oneCpu = new CpuWatch(pgData, List.of(a));
        CommentPosting one = CommentPosting.run(round, List.of(a.api()), comments, threads);
        JsonObject oneShare = oneCpu.stop();
        System.out.println("one node: " + one.summary() + "; CPU " + oneShare);
        try (NodeProcess b = NodeProcess.start(cluster, work.resolve("b").toAbsolutePath(), heap)) {
          ConvergenceSamples quiet = ConvergenceSamples.quiet(round, a.api(), b.api(), samples);
          System.out.println("convergence, quiet: " + quiet.summary());
          var underLoad = new ConvergenceSamples.Sampler(round, a.api(), b.api());
          var twoCpu = new CpuWatch(pgData, List.of(a, b));
          underLoad.start();
          CommentPosting two =
              CommentPosting.run(round, List.of(a.api(), b.api()), comments, threads);
          ConvergenceSamples loaded = underLoad.stop();
          JsonObject twoShare = twoCpu.stop();
          System.out.println("two nodes: " + two.summary() + "; CPU " + twoShare);
          System.out.println("convergence, under load: " + loaded.summary());
          JsonObject report =
              Json.createObjectBuilder()
                  .add("comments", comments)
                  .add("threads", threads)
                  .add("cores", Runtime.getRuntime().availableProcessors())
                  .add("oneNode", one.json())
                  .add("oneNodeCpu", oneShare)
                  .add("twoNodes", two.json())
                  .add("twoNodesCpu", twoShare)
                  .add("convergenceQuiet", quiet.json())
                  .add("convergenceUnderLoad", loaded.json())
                  .build();
          Files.createDirectories(output.toAbsolutePath().getParent());
          Files.writeString(output, report.toString());
          System.out.println(report);
        }
      }
    }
  }

  /** A round open on a copy-free shipped law, its articles, and participants holding tokens. */
  record Round(long id, List<String> articles, List<Api> participants, Api admin) {
    static Round open(URI api, String law, int count) {
      Api admin =
          Api.anonymous(api)
              .withToken(
                  Api.anonymous(api)
                      .as("admin", Deployments.ADMIN_PASSWORD)
                      .post("accounts/me/tokens", "{\"label\": \"bench\"}")
                      .expect(201)
                      .json()
                      .getString("token"));
      admin.post("laws/" + law + "/versions", "{\"label\": \"Bench\"}").expect(201);
      long id =
          admin
              .post(
                  "laws/" + law + "/consultations",
                  "{\"title\": \"Bench\", \"endsAt\": \"2100-01-01T00:00:00Z\"}")
              .expect(201)
              .json()
              .getJsonNumber("id")
              .longValue();
      List<String> articles = new ArrayList<>();
      collect(
          admin.get("laws/" + law + "?lang=es").expect(200).json().getJsonArray("body"), articles);
      List<Api> people = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = "bench-" + Long.toHexString(System.nanoTime()) + "-" + i;
        String password = "long-enough-pw";
        Api.anonymous(api)
            .post(
                "participants",
                ("{\"username\": \"%s\", \"displayName\": \"%s\", \"password\": \"%s\","
                        + " \"email\": \"%s@example.org\", \"country\": \"MX\","
                        + " \"sector\": \"civil_society\"}")
                    .formatted(name, name, password, name))
            .expect(201);
        String token =
            Api.anonymous(api)
                .as(name, password)
                .post("accounts/me/tokens", "{}")
                .expect(201)
                .json()
                .getString("token");
        people.add(Api.anonymous(api).withToken(token));
      }
      return new Round(id, List.copyOf(articles), List.copyOf(people), admin);
    }

    private static void collect(JsonArray nodes, List<String> articles) {
      for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
        if ("article".equals(node.getString("type", ""))) {
          articles.add(node.getString("eId"));
        } else if (node.containsKey("children")) {
          collect(node.getJsonArray("children"), articles);
        }
      }
    }

    /** Posts a comment as participant {@code who} on node {@code api}; returns the status. */
    int comment(int who, URI api, String article, String text) {
      return participants
          .get(who % participants.size())
          .rebased(api)
          .post(
              "consultations/" + id + "/comments",
              "{\"article\": \"%s\", \"lang\": \"es\", \"text\": \"%s\"}".formatted(article, text))
          .status();
    }

    long found(URI api, String word) {
      Api.Reply reply = admin.rebased(api).get("search?scope=comments&q=" + word);
      return reply.status() == 200 ? reply.json().getInt("total") : -1;
    }
  }

  /** CPU seconds used by PostgreSQL and by the engines over one phase, beside its wall time. */
  static final class CpuWatch {
    private final Path pgData;
    private final List<NodeProcess> engines;
    private final long started = System.nanoTime();
    private final Duration pgBefore;
    private final Duration enginesBefore;

    CpuWatch(Path pgData, List<NodeProcess> engines) throws java.io.IOException {
      this.pgData = pgData;
      this.engines = engines;
      this.pgBefore = ProcessCpu.postgres(pgData);
      this.enginesBefore = engines();
    }

    private Duration engines() {
      return engines.stream().map(NodeProcess::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    JsonObject stop() throws java.io.IOException {
      double wall = (System.nanoTime() - started) / 1e9;
      double pg = ProcessCpu.postgres(pgData).minus(pgBefore).toMillis() / 1000.0;
      double engine = engines().minus(enginesBefore).toMillis() / 1000.0;
      return Json.createObjectBuilder()
          .add("wallSeconds", Math.round(wall * 10) / 10.0)
          .add("postgresCpuSeconds", pg)
          .add("enginesCpuSeconds", engine)
          .add(
              "loadAverage",
              java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                  .getSystemLoadAverage())
          .build();
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
