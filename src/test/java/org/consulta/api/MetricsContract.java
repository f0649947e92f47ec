package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} in Prometheus text, open to whoever reaches the node (the load balancer of
 * {@code deploy/} does not pass it on): the engine's own series move with the requests that feed
 * them.
 */
public interface MetricsContract extends ConsultationFixture, LegislationFixture {
  private String metrics() {
    Api.Reply reply = Api.anonymous(base().resolve("/")).get("/metrics");
    reply.expect(200);
    assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply.header("Content-Type"));
    return reply.body();
  }

  /**
   * The value of the sample of {@code name} whose labels include every one of {@code labels}; 0
   * when there is none yet (a series appears with its first event).
   */
  private static double sample(String metrics, String name, String... labels) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(name + "{"))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  @Test
  default void metricsFollowRequestsSearchesImportsAndComments() {
    String law = newLaw();
    long round = openRound(law);
    // Imports run one after another: once this one is done, so is the sample loaded at start.
    imported("legislation/imports", record(newInstrument(), "1", "Cero."), "application/x-ndjson");
    String before = metrics();

    anonymous().get("laws/" + law + "?lang=es").expect(200);
    anonymous().get("legislation/search?q=paridad").expect(200);
    anonymous().get("search?scope=laws&q=paridad").expect(200);
    comment(participant(), round, "art_1", "Un comentario contado.");
    String instrument = newInstrument();
    var job =
        imported(
            "legislation/imports",
            record(instrument, "1", "Primero.") + "\n" + record(instrument, "2", "Segundo."),
            "application/x-ndjson");
    assertEquals("done", job.getString("state"), job.toString());
    String after = metrics();

    String lawRead = "endpoint=\"GET /api/laws/{law}\"";
    assertEquals(
        sample(before, "consulta_request_seconds_count", lawRead) + 1,
        sample(after, "consulta_request_seconds_count", lawRead),
        "one more read of a law");
    assertTrue(sample(after, "consulta_request_seconds_max", lawRead) > 0, after);
    assertFalse(after.contains(law), "an endpoint is named by its template, never by its path");
    for (String scope : new String[] {"legislation", "laws"}) {
      String tag = "scope=\"" + scope + "\"";
      assertEquals(
          sample(before, "consulta_search_seconds_count", tag) + 1,
          sample(after, "consulta_search_seconds_count", tag),
          "one more search of " + scope);
    }
    assertEquals(
        sample(before, "consulta_comments_total") + 1,
        sample(after, "consulta_comments_total"),
        "one more comment");
    assertEquals(
        sample(before, "consulta_imported_provisions_total") + 2,
        sample(after, "consulta_imported_provisions_total"),
        "two more imported provisions");
    assertTrue(after.contains("consulta_index_lag{"), after);
    assertEquals(
        0,
        sample(after, "consulta_index_lag", "index=\"legislation\""),
        "the index has copied what the finished import wrote");
  }
}
