package org.consulta.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.consulta.api.LegislationFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one PostgreSQL, as behind a load balancer: a write on node A is searchable on node
 * B, for every kind of write that feeds an index, within a bound loose enough for a loaded shared
 * machine (30 s unless {@code -Dconsulta.convergence=PT2S} says otherwise; the 2 s target is
 * measured by {@code NodesBenchmark}, not asserted here); a browser session made on A works on B; a
 * node stopped while the other writes catches up when it starts again, from the feed, without
 * rebuilding its index of laws and comments.
 */
class TwoNodesIT implements ConsultationFixture, LegislationFixture {
  private static final Duration BOUND =
      Duration.parse(System.getProperty("consulta.convergence", "PT30S"));

  private static EmbeddedPostgres postgres;
  private static NodeProcess.Cluster cluster;
  private static Path work;
  private static NodeProcess a;
  private static NodeProcess b;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE DATABASE nodes");
    }
    cluster =
        new NodeProcess.Cluster(
            Path.of("target", "consulta.jar").toAbsolutePath(),
            Path.of("src", "test", "resources", "drafts").toAbsolutePath(),
            postgres.getJdbcUrl("postgres", "nodes"),
            "postgres",
            "postgres");
    work = Files.createDirectories(Path.of("target", "it", "nodes-" + System.nanoTime()));
    // Together on the empty database: both find the drafts missing, one loads them.
    a = NodeProcess.launch(cluster, work.resolve("a").toAbsolutePath(), "512m");
    b = NodeProcess.launch(cluster, work.resolve("b").toAbsolutePath(), "512m");
    a.awaitDrafts();
    b.awaitDrafts();
    JsonObject issued =
        Api.anonymous(a.api())
            .as("admin", org.consulta.api.Deployments.ADMIN_PASSWORD)
            .post("accounts/me/tokens", "{\"label\": \"two nodes\"}")
            .expect(201)
            .json();
    token = issued.getString("token");
    warmUp(a);
    warmUp(b);
  }

  /**
   * One search of each scope on a node, so that the time measured is the index's, not the loading
   * and compiling of the search code by a node's first request of a kind.
   */
  private static void warmUp(NodeProcess node) {
    commentHits(node, "calentamiento", "");
    total(Api.anonymous(node.api()).get("search?scope=laws&q=calentamiento"));
    total(Api.anonymous(node.api()).get("legislation/search?q=calentamiento"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  public URI base() {
    return a.root();
  }

  @Test
  void nodesStartedTogetherOnAnEmptyDatabaseServeTheSameDrafts() {
    var onA = Api.anonymous(a.api()).get("laws").expect(200).array();
    var onB = Api.anonymous(b.api()).get("laws").expect(200).array();
    assertFalse(onA.isEmpty());
    assertEquals(onA, onB);
  }

  @Test
  void aNewLawAndAnArticleEditOnOneNodeAreSearchableOnTheOther() {
    String slug = newLaw();
    converges("new law", () -> lawHits(b, slug, "garantiza") == 1);
    edit(slug, "art_3", "Esta Ley entra en vigor con la palabra zafiroedit.");
    converges("article edit", () -> lawHits(b, slug, "zafiroedit") == 1);
    assertEquals(0, lawHits(b, slug, "siguiente"), "the old text is gone from node B");
  }

  @Test
  void commentsRepliesAnswersAndHidingOnOneNodeAreSearchableOnTheOther() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long comment = comment(author, round, "art_1", "Propongo la palabra rubicomment.");
    converges("comment", () -> commentHits(b, "rubicomment", "") == 1);

    admin()
        .post("comments/" + comment + "/replies", "{\"text\": \"Respuesta granatereply.\"}")
        .expect(201);
    Api authorOnB = author.rebased(b.api());
    converges("reply", () -> hits(authorOnB, "granatereply", "") == 1);

    admin()
        .put(
            "comments/" + comment + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Tomado en cuenta.\"}",
            null)
        .expect(200);
    converges("answer", () -> commentHits(b, "rubicomment", "&disposition=noted") == 1);

    long reply =
        admin()
            .get("comments/" + comment + "/replies")
            .expect(200)
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    admin().post("comments/" + reply + "/hide", "{\"reason\": \"Fuera de tema.\"}").expect(200);
    converges("hide", () -> hits(authorOnB, "granatereply", "") == 0);
  }

  @Test
  void anImportOnOneNodeIsSearchableOnTheOther() {
    String instrument = newInstrument();
    String body = record(instrument, "1", "La palabra topaciolegal en una ley.");
    JsonObject job = imported("legislation/imports", body, "application/x-ndjson");
    long acknowledged = System.nanoTime();
    assertEquals("done", job.getString("state"), job.toString());
    var seen =
        Convergence.await(
            acknowledged,
            "import",
            () -> total(Api.anonymous(b.api()).get("legislation/search?q=topaciolegal")) == 1);
    assertWithin("import", seen);
  }

  @Test
  void aBrowserSessionAndItsCsrfTokenFromOneNodeWorkOnTheOther() {
    var login = logIn("admin", org.consulta.api.Deployments.ADMIN_PASSWORD).expect(200);
    String cookie = login.header("Set-Cookie");
    String csrf = login.json().getString("csrfToken");
    Api browserOnB =
        Api.anonymous(b.api()).withHeader("Cookie", cookie.substring(0, cookie.indexOf(';')));
    JsonObject session = browserOnB.get("session").expect(200).json();
    assertEquals("admin", session.getString("username"));
    assertEquals(csrf, session.getString("csrfToken"));

    String slug = newLaw();
    String version = "{\"label\": \"Made on node B\"}";
    browserOnB.post("laws/" + slug + "/versions", version).problem(403, "X-CSRF-Token");
    browserOnB
        .withHeader("X-CSRF-Token", csrf)
        .post("laws/" + slug + "/versions", version)
        .expect(201);
    browserOnB.withHeader("X-CSRF-Token", csrf).delete("session").expect(204);
    Api.anonymous(a.api())
        .withHeader("Cookie", cookie.substring(0, cookie.indexOf(';')))
        .get("session")
        .expect(401);
  }

  @Test
  void aNodeStartedAgainCatchesUpOnWhatWasWrittenWhileItWasDown() throws Exception {
    String slug = newLaw();
    long round = openRound(slug);
    b.close();
    long comment = comment(participant(), round, "art_2", "Escrito con el nodo caido: onixdown.");
    String instrument = newInstrument();
    JsonObject job =
        imported(
            "legislation/imports",
            record(instrument, "1", "Importado con el nodo caido: jaspedown."),
            "application/x-ndjson");
    assertEquals("done", job.getString("state"), job.toString());
    b = NodeProcess.start(cluster, work.resolve("b").toAbsolutePath(), "512m");
    warmUp(b);
    long started = System.nanoTime();
    Convergence.await(
        started, "comment written while down", () -> commentHits(b, "onixdown", "") == 1);
    Convergence.await(
        started,
        "import while down",
        () -> total(Api.anonymous(b.api()).get("legislation/search?q=jaspedown")) == 1);
    assertTrue(comment > 0);
    String log = b.log();
    assertTrue(
        log.contains("event=index-catch-up index=work"), "B's work index caught up:\n" + log);
    assertFalse(log.contains("event=index-rebuild index=work"), "B's work index was rebuilt");
  }

  /**
   * Waits for {@code seen} on node B and checks it came within the bound of the acknowledgement.
   */
  private static void converges(String what, BooleanSupplier seen) {
    assertWithin(what, Convergence.await(System.nanoTime(), what, seen));
  }

  private static void assertWithin(String what, Duration seen) {
    assertTrue(
        seen.compareTo(BOUND) <= 0,
        what + " reached node B after " + seen.toMillis() + " ms, bound " + BOUND.toMillis());
  }

  private static long lawHits(NodeProcess node, String slug, String word) {
    return total(Api.anonymous(node.api()).get("search?scope=laws&law=" + slug + "&q=" + word));
  }

  private static long commentHits(NodeProcess node, String word, String filters) {
    return hits(Api.anonymous(node.api()).withToken(token), word, filters);
  }

  private static long hits(Api who, String word, String filters) {
    return total(who.get("search?scope=comments&q=" + word + filters));
  }

  /** The total found, or -1 while the node answers otherwise (its index still being built). */
  private static long total(Api.Reply reply) {
    return reply.status() == 200 ? reply.json().getInt("total") : -1;
  }
}
