package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The limits every search keeps whatever its scope, and input refused by name rather than stored as
 * sent: dates far out of range, a set given with duplicates, a blank required text, an import line
 * nested past reason.
 */
public interface LimitsContract extends ConsultationFixture, LegislationFixture {
  /** The searches a visitor or participant can run, each with its own parameters. */
  private List<String> searches() {
    return List.of(
        "search?scope=laws&q=", "search?scope=comments&q=", "search?q=", "legislation/search?q=");
  }

  /** {@code count} terms such as {@code pa12~}, short enough to stay within the query length. */
  private static String terms(int count, String suffix) {
    String joined =
        IntStream.range(0, count)
            .mapToObj(i -> "pa" + i + suffix)
            .collect(Collectors.joining(" OR "));
    return URLEncoder.encode(joined, StandardCharsets.UTF_8);
  }

  @Test
  default void aRunOfFuzzyTermsIsRefusedByNameInEveryScope() {
    for (String search : searches()) {
      JsonObject fuzzy = drafter().get(search + terms(5, "~")).problem(400, "q");
      assertTrue(fuzzy.getString("detail").contains("fuzzy"), search + " " + fuzzy);
      JsonObject many = drafter().get(search + terms(65, "")).problem(400, "q");
      assertTrue(many.getString("detail").contains("64 terms"), search + " " + many);
      // A long run of words cannot slip past the count as prefixes or phrases either.
      drafter().get(search + terms(65, "*")).problem(400, "q");
    }
  }

  @Test
  default void aFewFuzzyTermsAreAnsweredInEveryScope() {
    for (String search : searches()) {
      var reply = drafter().get(search + terms(4, "~"));
      if (reply.status() != 503) {
        assertTrue(reply.expect(200).json().containsKey("partial"), search);
      }
    }
  }

  @Test
  default void aFilterGivenTwiceIsRefusedByName() {
    anonymous().get("search?scope=laws&lang=es,es").problem(400, "lang");
    anonymous().get("legislation/search?country=CL&country=CL").problem(400, "country");
  }

  @Test
  default void openApiHasOnlyRealPathsAndDocumentsTheSearches() {
    String text = Api.anonymous(base().resolve("/")).get("/openapi?format=JSON").expect(200).body();
    JsonObject paths =
        Json.createReader(new StringReader(text)).readObject().getJsonObject("paths");
    for (String path : paths.keySet()) {
      assertTrue(path.startsWith("/api/"), path);
      assertFalse(path.contains("null") || path.contains(":"), path);
    }
    for (String real :
        List.of(
            "/api/laws/{law}/articles/{eId}/revisions/{n}", "/api/legislation/provisions/{id}")) {
      assertTrue(paths.containsKey(real), paths.keySet()::toString);
    }
    assertParameters(paths, "/api/search", "q", "scope", "law", "consultation", "offset", "limit");
    assertParameters(paths, "/api/legislation/search", "q", "lang", "yearFrom", "expand");
  }

  private static void assertParameters(JsonObject paths, String path, String... names) {
    var documented =
        paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters").stream()
            .map(p -> p.asJsonObject().getString("name"))
            .toList();
    for (String name : names) {
      assertTrue(documented.contains(name), path + " " + documented);
    }
  }

  @Test
  default void datesOutsideTheSaneYearsAreRefusedByName() {
    String slug = newLaw();
    String rounds = "laws/" + slug + "/consultations";
    admin()
        .post(rounds, "{\"title\": \"R\", \"endsAt\": \"+999999-01-01T00:00:00Z\"}")
        .problem(400, "endsAt");
    admin()
        .post(
            rounds,
            "{\"title\": \"R\", \"startsAt\": \"1899-12-31T23:59:59Z\","
                + " \"endsAt\": \"2030-01-01T00:00:00Z\"}")
        .problem(400, "startsAt");
    long round = openRound(slug);
    admin()
        .patch(rounds + "/" + round, "{\"endsAt\": \"+999999-01-01T00:00:00Z\"}")
        .problem(400, "endsAt");
    admin()
        .patch(rounds + "/" + round, "{\"endsAt\": \"2201-01-01T00:00:00Z\"}")
        .problem(400, "endsAt");
    assertEquals(
        0,
        admin().get(rounds).array().stream().filter(r -> r.toString().contains("+999999")).count());
  }

  @Test
  default void duplicateLanguagesOfARoundAreRefused() {
    String slug = newLaw();
    admin()
        .post(
            "laws/" + slug + "/consultations",
            "{\"title\": \"R\", \"languages\": [\"es\", \"es\"], \"endsAt\": \"2030-01-01T00:00:00Z\"}")
        .problem(400, "languages");
  }

  @Test
  default void blankRequiredTextsAreRefusedOnEveryWrite() {
    String slug = newLaw();
    long round = openRound(slug);
    Api p = participant();
    long id = comment(p, round, "art_1", "Un comentario.");
    p.put("comments/" + id, "{\"text\": \"\"}", null).problem(400, "text");
    p.put("comments/" + id, "{\"text\": \"  \"}", null).problem(400, "text");
    p.post("comments/" + id + "/replies", "{\"text\": \" \"}").problem(400, "text");
    assertEquals("Un comentario.", p.get("comments/" + id).json().getString("text"));
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \" \"}", "\"es-1\"")
        .problem(400, "text");
    admin().post("laws/" + slug + "/versions", "{\"label\": \"\"}").problem(400, "label");
    String law =
        """
        {"slug": "blank-%s", "workUri": "/akn/oas/act/model-law/2026/blank", "topic": "test",
         "languages": {"es": {"title": "Ley"}},
         "divisions": [{"eId": "chp_1", "kind": "chapter", "headings": {"es": "%s"},
           "articles": [{"eId": "art_1", "texts": {"es": {"text": "%s"}}}]}]}
        """;
    String tag = Long.toHexString(System.nanoTime());
    admin()
        .post("laws", law.formatted(tag, " ", "Texto."))
        .problem(400, "divisions[0].headings.es");
    admin()
        .post("laws", law.formatted(tag, "Capítulo", ""))
        .problem(400, "divisions[0].articles[0].texts.es.text");
  }

  @Test
  default void anOverNestedLineIsThatLinesErrorAndTheRestImports() {
    String instrument = newInstrument();
    String nested = "{\"id\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    String body =
        String.join(
            "\n", record(instrument, "1", "Primero."), nested, record(instrument, "3", "Tercero."));
    JsonObject job = imported("legislation/imports?onError=skip", body, "application/x-ndjson");
    assertEquals("done", job.getString("state"), job.toString());
    assertEquals(2, job.getInt("inserted"), job.toString());
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertEquals(2, error.getInt("line"), job.toString());
    assertTrue(error.getString("message").contains("nested"), job.toString());
  }
}
