package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The implementation map: drafters and researchers assess how each country's legislation covers
 * each article, every version is kept, the matrix counts them and exports as CSV, and an unassessed
 * cell offers the country's comparable provisions.
 */
public interface ImplementationContract extends LegislationFixture, ConsultationFixture {
  /** Provisions of their own: two Chilean ones and a Peruvian one; returns their tag. */
  private String nationalProvisions() {
    String tag = Long.toHexString(System.nanoTime());
    String body =
        String.join(
            "\n",
            national("cl", tag, "1", "La ley garantiza la paridad en las listas."),
            national("cl", tag, "2", "Las listas alternan mujeres y hombres."),
            national("pe", tag, "3", "Se garantiza la alternancia en las listas."));
    JsonObject job = imported("legislation/imports", body, "application/x-ndjson");
    assertEquals(3, job.getInt("inserted"), job.toString());
    return tag;
  }

  private static String national(String country, String tag, String label, String text) {
    return """
        {"id": "%s/es/ley-%s/art-%s", "country": "%s", "language": "es", "instrument_id": "%s/ley-%s", "instrument_title": "Ley de paridad", "instrument_type": "law", "instrument_number": "1", "year": 2020, "in_force": true, "provision_label": "%s", "text": "%s", "licence": "test"}"""
        .formatted(country, tag, label, country.toUpperCase(), country, tag, label, label, text);
  }

  private static String provision(String country, String tag, String label) {
    return country + "/es/ley-" + tag + "/art-" + label;
  }

  private static String cell(String slug, String eId, String country) {
    return "laws/" + slug + "/implementation/" + eId + "/" + country;
  }

  private static String judgement(String status, String note, String... provisions) {
    String list =
        String.join(", ", List.of(provisions).stream().map(p -> "\"" + p + "\"").toList());
    return note == null
        ? "{\"status\": \"%s\", \"provisions\": [%s]}".formatted(status, list)
        : "{\"status\": \"%s\", \"provisions\": [%s], \"note\": \"%s\"}"
            .formatted(status, list, note);
  }

  private static JsonObject row(JsonObject matrix, String eId) {
    return matrix.getJsonArray("articles").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("eId").equals(eId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + eId + " in " + matrix));
  }

  private static JsonObject cellOf(JsonObject row, String country) {
    return row.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("country").equals(country))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + country + " cell in " + row));
  }

  private static JsonObject column(JsonObject matrix, String country) {
    return matrix.getJsonArray("countries").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("country").equals(country))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + country + " in " + matrix));
  }

  @Test
  default void anAssessmentIsRecordedRevisedWithItsETagAndEveryVersionKept() {
    String slug = newLaw();
    String tag = nationalProvisions();
    Api drafter = drafter();
    String path = cell(slug, "art_1", "cl");

    var first =
        drafter
            .put(path, judgement("partial", "Solo listas.", provision("cl", tag, "1")), null)
            .expect(201);
    assertEquals("\"art_1/CL/1\"", first.header("ETag"));
    assertTrue(first.header("Location").endsWith(slug + "/implementation/art_1/cl"));
    JsonObject written = first.json();
    assertEquals(
        List.of("partial", "CL", "Solo listas."),
        List.of(
            written.getString("status"), written.getString("country"), written.getString("note")));
    assertEquals(1, written.getInt("version"));
    assertEquals(
        provision("cl", tag, "1"),
        written.getJsonArray("provisions").getJsonObject(0).getString("id"));

    String revision =
        judgement("adopted", null, provision("cl", tag, "1"), provision("cl", tag, "2"));
    drafter.put(path, revision, null).problem(428, "If-Match", "precondition-required");
    drafter.put(path, revision, "\"art_1/CL/7\"").problem(412, "If-Match", "stale");
    drafter.put(path, revision, "\"art_2/CL/1\"").problem(412, "If-Match", "stale");
    Api other = drafter();
    var second = other.put(path, revision, first.header("ETag")).expect(200);
    assertEquals("\"art_1/CL/2\"", second.header("ETag"));
    drafter
        .put(path, judgement("not_adopted", null), first.header("ETag"))
        .problem(412, "If-Match");

    var read = anonymous().get(path).expect(200);
    assertEquals("\"art_1/CL/2\"", read.header("ETag"));
    JsonObject now = read.json().getJsonObject("assessment");
    assertEquals("adopted", now.getString("status"));
    assertEquals(2, now.getJsonArray("provisions").size());
    assertFalse(now.containsKey("note"), "the revision cleared the note: " + now);

    var history = anonymous().get(path + "/history").expect(200).array();
    assertEquals(2, history.size());
    assertEquals(
        List.of("partial", "adopted"),
        history.stream().map(v -> v.asJsonObject().getString("status")).toList());
    assertEquals("Solo listas.", history.getJsonObject(0).getString("note"));
    assertFalse(
        history
            .getJsonObject(0)
            .getString("assessedBy")
            .equals(history.getJsonObject(1).getString("assessedBy")));
    assertTrue(
        !Instant.parse(history.getJsonObject(1).getString("assessedAt"))
            .isBefore(Instant.parse(history.getJsonObject(0).getString("assessedAt"))));
  }

  @Test
  default void draftersAndResearchersRecordNobodyElseDoes() {
    String slug = newLaw();
    String body = judgement("not_adopted", "Nada en la ley.");
    anonymous().put(cell(slug, "art_1", "PE"), body, null).problem(401, null);
    participant().put(cell(slug, "art_1", "PE"), body, null).problem(403, null);
    Api adminOnly = anonymous().as(newAccount("admin-only", PASSWORD, "admin"), PASSWORD);
    // An administrator manages accounts and reads the audit log, nothing more.
    adminOnly.put(cell(slug, "art_1", "PE"), body, null).problem(403, null);
    Api researcher = anonymous().as(newAccount("researcher", PASSWORD, "researcher"), PASSWORD);
    researcher.put(cell(slug, "art_1", "PE"), body, null).expect(201);
    drafter().put(cell(slug, "art_2", "PE"), body, null).expect(201);
    assertEquals(
        1, anonymous().get(cell(slug, "art_1", "PE") + "/history").expect(200).array().size());
    // Assessing the law's implementation is not drafting it.
    researcher
        .post(
            "laws/" + slug + "/articles", "{\"after\": \"art_1\", \"texts\": {\"es\": \"Nuevo.\"}}")
        .problem(403, null);
  }

  @Test
  default void theMatrixCountsEachCountryAndArticleAndExportsAsCsv() {
    String slug = newLaw();
    String tag = nationalProvisions();
    Api drafter = drafter();
    drafter
        .put(cell(slug, "art_1", "CL"), judgement("adopted", null, provision("cl", tag, "1")), null)
        .expect(201);
    drafter.put(cell(slug, "art_2", "CL"), judgement("partial", null), null).expect(201);
    drafter.put(cell(slug, "art_1", "PE"), judgement("not_adopted", null), null).expect(201);
    drafter.put(cell(slug, "art_1", "UY"), judgement("partial", null), null).expect(201);
    admin()
        .post(
            "laws/" + slug + "/articles/art_1/references",
            "{\"provision\": \"%s\"}".formatted(provision("cl", tag, "2")))
        .expect(201);

    JsonObject matrix =
        anonymous().get("laws/" + slug + "/implementation?lang=en").expect(200).json();
    assertEquals(
        List.of("adopted", "partial", "not_adopted", "not_assessed"),
        matrix.getJsonArray("statuses").getValuesAs(JsonString::getString));
    assertEquals(
        List.of("art_1", "art_2", "art_3"),
        matrix.getJsonArray("articles").stream()
            .map(a -> a.asJsonObject().getString("eId"))
            .toList());
    JsonObject chile = column(matrix, "CL");
    assertEquals("Chile", chile.getString("name"));
    assertEquals(1, chile.getJsonObject("counts").getInt("adopted"));
    assertEquals(1, chile.getJsonObject("counts").getInt("partial"));
    assertEquals(1, chile.getJsonObject("counts").getInt("not_assessed"));
    assertEquals("Uruguay", column(matrix, "UY").getString("name"));
    JsonObject art1 = row(matrix, "art_1");
    assertEquals(1, art1.getJsonObject("counts").getInt("adopted"));
    assertEquals(1, art1.getJsonObject("counts").getInt("partial"));
    assertEquals(1, art1.getJsonObject("counts").getInt("not_adopted"));
    JsonObject art1Chile = cellOf(art1, "CL");
    assertEquals(
        List.of("adopted", 1, 1, 1),
        List.of(
            art1Chile.getString("status"),
            art1Chile.getInt("version"),
            art1Chile.getInt("provisions"),
            art1Chile.getInt("references")));
    assertEquals("not_assessed", cellOf(row(matrix, "art_3"), "PE").getString("status"));
    assertEquals(matrix.getJsonArray("countries").size(), art1.getJsonArray("cells").size());

    var csv = anonymous().get("laws/" + slug + "/implementation?format=csv&lang=en").expect(200);
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
    assertTrue(csv.header("Content-Disposition").contains(slug + "_implementation_en.csv"));
    List<String> lines = csv.body().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    int chileColumn = header.indexOf("CL");
    assertTrue(chileColumn > 2, lines.get(0));
    assertEquals("adopted", lines.get(1).split(",")[chileColumn]);
    assertTrue(lines.get(1).startsWith("art_1,1,Purpose,"), lines.get(1));
    String adoptedFooter =
        lines.stream().filter(l -> l.startsWith("adopted,")).findFirst().orElseThrow();
    assertEquals("1", adoptedFooter.split(",")[chileColumn], adoptedFooter);
    var negotiated =
        anonymous()
            .withHeader("Accept", "text/csv")
            .get("laws/" + slug + "/implementation?lang=en")
            .expect(200);
    assertEquals(csv.body(), negotiated.body());
  }

  @Test
  default void theProfilesReadTheMapByCountryAndByArticleWithTheirProvisions() {
    String slug = newLaw();
    String tag = nationalProvisions();
    Api drafter = drafter();
    drafter
        .put(
            cell(slug, "art_2", "CL"),
            judgement("adopted", "Igual.", provision("cl", tag, "2")),
            null)
        .expect(201);
    drafter.put(cell(slug, "art_2", "PE"), judgement("not_adopted", null), null).expect(201);
    long reference =
        admin()
            .post(
                "laws/" + slug + "/articles/art_2/references",
                "{\"provision\": \"%s\"}".formatted(provision("cl", tag, "2")))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();

    JsonObject chile =
        anonymous().get("laws/" + slug + "/implementation/countries/cl").expect(200).json();
    assertEquals("CL", chile.getString("country"));
    assertEquals("Chile", chile.getString("name"));
    assertEquals(3, chile.getJsonArray("articles").size());
    JsonObject art2 = chile.getJsonArray("articles").getJsonObject(1);
    assertEquals("art_2", art2.getString("eId"));
    assertEquals("adopted", art2.getJsonObject("assessment").getString("status"));
    JsonObject grounding =
        art2.getJsonObject("assessment").getJsonArray("provisions").getJsonObject(0);
    assertEquals(provision("cl", tag, "2"), grounding.getString("id"));
    assertEquals(reference, grounding.getJsonNumber("reference").longValue());
    assertEquals("Ley de paridad", grounding.getJsonObject("instrument").getString("title"));
    assertEquals(1, art2.getJsonArray("references").size());
    assertEquals(2, chile.getJsonObject("counts").getInt("not_assessed"));
    assertEquals(
        "not_assessed",
        chile
            .getJsonArray("articles")
            .getJsonObject(0)
            .getJsonObject("assessment")
            .getString("status"));

    JsonObject article =
        anonymous()
            .get("laws/" + slug + "/implementation/articles/art_2?lang=en")
            .expect(200)
            .json();
    assertEquals("Definitions", article.getString("heading"));
    assertEquals(2, article.getInt("number"));
    assertEquals(1, article.getJsonObject("counts").getInt("adopted"));
    assertEquals(1, article.getJsonObject("counts").getInt("not_adopted"));
    JsonObject peru =
        article.getJsonArray("countries").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("country").equals("PE"))
            .findFirst()
            .orElseThrow();
    assertEquals("Peru", peru.getString("name"));
    assertEquals("not_adopted", peru.getJsonObject("assessment").getString("status"));
  }

  @Test
  default void anUnassessedCellOffersTheCountrysComparableProvisionsAndRecordsNothing() {
    String slug = newLaw();
    nationalProvisions();
    String path = cell(slug, "art_1", "CL");
    JsonObject offered = anonymous().get(path).expect(200).json();
    assertNull(anonymous().get(path).header("ETag"));
    assertEquals("not_assessed", offered.getJsonObject("assessment").getString("status"));
    assertEquals(0, offered.getJsonObject("assessment").getInt("version"));
    var candidates = offered.getJsonArray("candidates");
    assertFalse(candidates.isEmpty(), offered.toString());
    candidates.forEach(c -> assertEquals("CL", c.asJsonObject().getString("country")));
    assertEquals(0, anonymous().get(path + "/history").expect(200).array().size());

    String chosen = candidates.getJsonObject(0).getString("id");
    drafter().put(path, judgement("partial", null, chosen), null).expect(201);
    assertTrue(anonymous().get(path).expect(200).json().getJsonArray("candidates").isEmpty());
  }

  @Test
  default void badAssessmentsAreProblemsNamingTheField() {
    String slug = newLaw();
    String tag = nationalProvisions();
    Api drafter = drafter();
    String path = cell(slug, "art_1", "CL");
    drafter.put(path, "{\"note\": \"x\"}", null).problem(400, "status", "required");
    drafter.put(path, judgement("maybe", null), null).problem(400, "status", "invalid-format");
    drafter
        .put(path, "{\"status\": \"adopted\", \"by\": \"x\"}", null)
        .problem(400, "by", "unknown-field");
    drafter
        .put(path, "{\"status\": \"adopted\", \"provisions\": \"x\"}", null)
        .problem(400, "provisions");
    drafter
        .put(path, judgement("adopted", null, provision("pe", tag, "3")), null)
        .problem(400, "provisions[0]");
    drafter
        .put(path, judgement("adopted", null, provision("cl", tag, "1"), "cl/es/none/art-1"), null)
        .problem(400, "provisions[1]");
    drafter
        .put(path, judgement("not_assessed", null, provision("cl", tag, "1")), null)
        .problem(400, "provisions");
    drafter
        .put(path, judgement("adopted", "x".repeat(4001)), null)
        .problem(400, "note", "too-long");
    drafter
        .put(cell(slug, "art_1", "ZZ"), judgement("adopted", null), null)
        .problem(400, "country");
    drafter.put(cell(slug, "art_9", "CL"), judgement("adopted", null), null).problem(404, "eId");
    drafter
        .put(cell("no-such-law", "art_1", "CL"), judgement("adopted", null), null)
        .problem(404, "law");
    anonymous().get("laws/" + slug + "/implementation?format=xml").problem(400, "format");
    anonymous().get("laws/" + slug + "/implementation?lang=de").problem(400, "lang");
    anonymous().get("laws/" + slug + "/implementation/countries/chile").problem(400, "country");
    assertEquals(0, anonymous().get(path + "/history").expect(200).array().size());

    admin().delete("laws/" + slug + "/articles/art_3").expect(204);
    drafter.put(cell(slug, "art_3", "CL"), judgement("adopted", null), null).problem(410, "eId");
  }
}
