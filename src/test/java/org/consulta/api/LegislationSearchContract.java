package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Searching national legislation through the API: the bundled sample, results, facets, errors. */
public interface LegislationSearchContract extends LegislationFixture {
  @Test
  default void theSampleIsLoadedAtFirstStartAndSearchable() {
    JsonObject sample = finished("legislation/imports/1");
    assertEquals("done", sample.getString("state"), sample.toString());
    assertEquals(3235, sample.getInt("total"));
    assertEquals(0, sample.getInt("errorCount"));
    JsonObject results =
        anonymous().get("legislation/search?q=mujer&lang=es&country=CL&limit=5").expect(200).json();
    assertTrue(results.getInt("total") > 5, results.toString());
    assertEquals(5, results.getJsonArray("hits").size());
    JsonObject hit = results.getJsonArray("hits").getJsonObject(0);
    assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    assertEquals("CL", hit.getJsonObject("instrument").getString("country"));
    var countries = results.getJsonObject("facets").getJsonArray("country");
    assertEquals(1, countries.size(), countries.toString());
    assertEquals(results.getInt("total"), countries.getJsonObject(0).getInt("count"));
  }

  @Test
  default void aPhraseFindsOnlyItsWordsTogether() {
    String instrument = newInstrument();
    String tag = instrument.substring(3);
    String body =
        record(instrument, "1", "La paridad " + tag + " efectiva se garantiza.")
            + "\n"
            + record(instrument, "2", "La paridad se garantiza; será efectiva según " + tag + ".")
            + "\n";
    imported("legislation/imports", body, "application/x-ndjson");
    assertEquals(2, search("paridad AND efectiva AND " + tag).getInt("total"));
    JsonObject phrase = search("\"paridad " + tag + " efectiva\"");
    assertEquals(1, phrase.getInt("total"), phrase.toString());
    assertEquals(
        "cl/es/" + tag + "/art-1", phrase.getJsonArray("hits").getJsonObject(0).getString("id"));
  }

  private JsonObject search(String q) {
    return anonymous()
        .get(
            "legislation/search?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
        .expect(200)
        .json();
  }

  @Test
  default void aMalformedQueryIsA400OnQ() {
    JsonObject problem =
        anonymous().get("legislation/search?q=mujer%20AND").problem(400, "q", "invalid-format");
    assertTrue(
        problem.getString("detail").startsWith("the query does not parse"), problem.toString());
    anonymous().get("legislation/search?q=%22igualdad").problem(400, "q", "invalid-format");
    anonymous().get("legislation/search?q=*jer").problem(400, "q");
    anonymous().get("legislation/search?q=colour:red").problem(400, "q");
  }

  @Test
  default void badParametersAreNamed() {
    anonymous().get("legislation/search?q=x&limit=1000").problem(400, "limit");
    anonymous().get("legislation/search?q=x&lang=de").problem(400, "lang");
    anonymous().get("legislation/search?q=x&sort=date").problem(400, "sort");
    anonymous().get("legislation/search?q=x&yearFrom=2020&yearTo=2000").problem(400, "yearTo");
    anonymous().get("legislation/search?q=x&colour=red").problem(400, "colour");
  }

  @Test
  default void aProvisionReadsWholeAndAnUnknownOneIs404() {
    finished("legislation/imports/1");
    String id = "cl/es/ley-21675/art-1";
    JsonObject provision = anonymous().get("legislation/provisions/" + id).expect(200).json();
    assertEquals(id, provision.getString("id"));
    assertFalse(provision.getString("text").isBlank());
    assertEquals("cl/ley-21675", provision.getJsonObject("instrument").getString("id"));
    anonymous().get("legislation/provisions/xx/es/none/art-1").problem(404, "id");
  }
}
