package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Editions: a law at a version, in one language or two, as a document; recorded ones cached. */
public interface EditionContract extends ApiContract {
  @Test
  default void aRecordedVersionIsServedAgainByItsETagAndSaysWhatItIs() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"Texto nuevo.\"}", "\"es-1\"")
        .expect(200);

    var first = anonymous().get("laws/" + slug + "/editions?version=1&lang=es,en&format=json");
    first.expect(200);
    String tag = first.header("ETag");
    assertNotNull(tag);
    assertEquals(
        "inline; filename=\"" + slug + "_v1_es-en.json\"", first.header("Content-Disposition"));
    JsonObject edition = first.json();
    assertEquals("Borrador 1", edition.getJsonObject("version").getString("label"));
    assertEquals("[\"es\",\"en\"]", edition.getJsonArray("languages").toString());
    JsonObject article =
        edition.getJsonArray("body").getJsonObject(0).getJsonArray("children").getJsonObject(0);
    assertEquals(
        "La presente Ley garantiza la paridad.",
        article
            .getJsonObject("texts")
            .getJsonObject("es")
            .getJsonArray("paragraphs")
            .getJsonObject(0)
            .getString("text"));

    var again =
        anonymous()
            .send(
                "GET",
                "laws/" + slug + "/editions?version=1&lang=es,en&format=json",
                null,
                null,
                Map.of("If-None-Match", tag));
    assertEquals(304, again.status());
    assertEquals(
        first.body(),
        anonymous().get("laws/" + slug + "/editions?version=1&lang=es,en&format=json").body());
  }

  @Test
  default void theWorkingTextIsRevalidatedAndAnEditGivesANewEdition() {
    String slug = newLaw();
    String path = "laws/" + slug + "/editions?lang=en&format=json";
    var before = anonymous().get(path).expect(200);
    assertTrue(before.header("Cache-Control").contains("no-cache"), before.header("Cache-Control"));
    assertEquals(
        "inline; filename=\"" + slug + "_working_en.json\"", before.header("Content-Disposition"));
    var same =
        anonymous().send("GET", path, null, null, Map.of("If-None-Match", before.header("ETag")));
    assertEquals(304, same.status());

    var edit =
        admin()
            .put(
                "laws/" + slug + "/articles/art_2?lang=en",
                "{\"text\": \"1. Parity.\\n\\na) one;\\n\\nb) two.\"}",
                "\"en-1\"")
            .expect(200);
    var after =
        anonymous().send("GET", path, null, null, Map.of("If-None-Match", before.header("ETag")));
    assertEquals(200, after.status());
    JsonObject edition = after.json();
    JsonObject paragraph =
        edition
            .getJsonArray("body")
            .getJsonObject(0)
            .getJsonArray("children")
            .getJsonObject(1)
            .getJsonObject("texts")
            .getJsonObject("en")
            .getJsonArray("paragraphs")
            .getJsonObject(0);
    assertEquals(
        "art_2__para_1__point_b",
        paragraph.getJsonArray("points").getJsonObject(1).getString("eId"));
    int revision = edit.json().getJsonObject("article").getInt("revision");
    JsonObject written =
        anonymous()
            .get("laws/" + slug + "/articles/art_2/revisions/" + revision + "?lang=en")
            .expect(200)
            .json();
    assertEquals(
        written.getJsonObject("revision").getString("createdAt"),
        edition.getJsonObject("version").getString("at"),
        "the working text is dated by its last change");
  }

  @Test
  default void badEditionRequestsNameTheParameter() {
    String slug = newLaw();
    String base = "laws/" + slug + "/editions";
    anonymous().get(base + "?format=odt").problem(400, "format");
    anonymous().get(base + "?format=json&lang=de").problem(400, "lang");
    anonymous().get(base + "?format=json&lang=pt").problem(404, "lang");
    anonymous().get(base + "?format=json&lang=es,es").problem(400, "lang");
    anonymous().get(base + "?format=json&lang=es,en,pt").problem(400, "lang");
    anonymous().get(base + "?format=json&version=0").problem(400, "version");
    anonymous().get(base + "?format=json&version=7").problem(404, "version");
    anonymous().get("laws/no-such-law/editions?format=json").problem(404, "law");
    String single =
        """
        {"slug": "%s-es", "workUri": "/akn/oas/act/model-law/2026/%s-es", "topic": "test",
         "languages": {"es": {"title": "Ley de prueba"}},
         "divisions": [{"eId": "chp_1", "kind": "chapter", "headings": {"es": "Capítulo I. Único"},
           "articles": [{"eId": "art_1", "texts": {"es": {"heading": "Objeto", "text": "Uno."}}}]}]}
        """
            .formatted(slug, slug);
    admin().post("laws", single).expect(201);
    anonymous().get("laws/" + slug + "-es/editions?format=json&lang=es,en").problem(400, "lang");
  }

  @Test
  default void theComparativeTableLinesUpTwoVersionsAndCountsTheChanges() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    admin()
        .put(
            "laws/" + slug + "/articles/art_3?lang=es",
            "{\"text\": \"Esta Ley entra en vigor de inmediato.\"}",
            "\"es-1\"")
        .expect(200);
    admin().delete("laws/" + slug + "/articles/art_1").expect(204);
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 2\"}").expect(201);

    var table =
        anonymous().get("laws/" + slug + "/comparison?from=1&to=2&lang=es&format=json").expect(200);
    assertEquals(
        "inline; filename=\"" + slug + "_v1-v2-fold_es.json\"",
        table.header("Content-Disposition"));
    JsonObject comparison = table.json();
    JsonObject summary = comparison.getJsonObject("summary");
    assertEquals(
        List.of(1, 0, 1, 0, 2, 0),
        Stream.of("changed", "added", "deleted", "moved", "renumbered", "unchanged")
            .map(summary::getInt)
            .toList());
    assertEquals(
        "[\"art_1\",\"art_2\",\"art_3\"]",
        comparison.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .map(row -> "\"" + row.getString("eId") + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]")));
    assertEquals("Borrador 2", comparison.getJsonObject("to").getString("label"));

    var working =
        anonymous()
            .get("laws/" + slug + "/comparison?from=2&lang=es&format=json&unchanged=omit")
            .expect(200);
    assertEquals(0, working.json().getJsonArray("rows").size());
    String base = "laws/" + slug + "/comparison";
    anonymous().get(base + "?lang=es&format=json").problem(400, "from");
    anonymous().get(base + "?from=1&to=9&format=json").problem(404, "to");
    anonymous().get(base + "?from=1&to=2&unchanged=hide&format=json").problem(400, "unchanged");
    anonymous().get(base + "?from=1&to=2&lang=es,en&format=json").problem(400, "lang");
  }

  @Test
  default void aWordEditionAndComparativeTableAreDocumentsToSave() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);

    var docx = anonymous().get("laws/" + slug + "/editions?version=1&lang=es,en&format=docx");
    docx.expect(200);
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"" + slug + "_v1_es-en.docx\"", docx.header("Content-Disposition"));
    assertTrue(docx.body().startsWith("PK"), "a zip package");

    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 2\"}").expect(201);
    var table = anonymous().get("laws/" + slug + "/comparison?from=1&to=2&lang=es&format=docx");
    table.expect(200);
    assertEquals(
        "attachment; filename=\"" + slug + "_v1-v2-fold_es.docx\"",
        table.header("Content-Disposition"));
    assertTrue(table.body().startsWith("PK"), "a zip package");
  }
}
