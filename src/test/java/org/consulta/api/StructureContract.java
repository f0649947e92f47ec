package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Divisions, the title and the preamble under revision: every change a revision with author, time
 * and message; titles and preambles edited by the ETag / If-Match / merge rules of articles;
 * versions and whole-law diffs include them.
 */
public interface StructureContract extends ApiContract {
  private static String text(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
  }

  /** The law's divisions in reading order, depth first, as "eId:heading" in English. */
  private List<String> divisionsOf(JsonObject law) {
    List<String> found = new java.util.ArrayList<>();
    collect(law.getJsonArray("body"), found);
    return found;
  }

  private static void collect(JsonArray nodes, List<String> found) {
    for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
      if (node.getString("type").equals("division")) {
        found.add(node.getString("eId") + ":" + node.getString("heading"));
        collect(node.getJsonArray("children"), found);
      }
    }
  }

  /** Every article of the law in reading order as "number:eId", whatever the nesting. */
  private List<String> readingOrder(String slug) {
    List<String> found = new java.util.ArrayList<>();
    articles(anonymous().get("laws/" + slug + "?lang=en").json().getJsonArray("body"), found);
    return found;
  }

  private static void articles(JsonArray nodes, List<String> found) {
    for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
      if (node.getString("type").equals("article")) {
        found.add(node.getInt("number") + ":" + node.getString("eId"));
      } else {
        articles(node.getJsonArray("children"), found);
      }
    }
  }

  @Test
  default void aDivisionIsInsertedRenamedAndMovedEachTimeAsARevision() {
    String slug = newLaw();
    String divisions = "laws/" + slug + "/divisions";
    var inserted =
        admin()
            .post(
                divisions,
                """
                {"kind": "chapter", "after": "chp_1", "message": "Room for sanctions",
                 "headings": {"es": "Capítulo III. Sanciones", "en": "Chapter III. Sanctions"}}
                """)
            .expect(201);
    assertTrue(
        inserted.header("Location").endsWith("/divisions/chp_3"), inserted.header("Location"));
    assertEquals("chp_3", inserted.json().getString("eId"));
    assertEquals(1, inserted.json().getInt("revision"));
    var renamed =
        admin()
            .put(
                divisions + "/chp_3?lang=en",
                "{\"heading\": \"Chapter III. Penalties\", \"message\": \"Better word\"}",
                null)
            .expect(200)
            .json();
    assertTrue(renamed.getBoolean("changed"));
    assertEquals(2, renamed.getJsonObject("division").getInt("revision"));
    assertEquals(
        "Capítulo III. Sanciones",
        renamed.getJsonObject("division").getJsonObject("headings").getString("es"));
    assertEquals(
        List.of(
            "chp_1:Chapter I. General", "chp_3:Chapter III. Penalties", "chp_2:Chapter II. Final"),
        divisionsOf(anonymous().get("laws/" + slug + "?lang=en").json()));
    admin()
        .post(
            "laws/" + slug + "/articles",
            "{\"division\": \"chp_3\", \"texts\": {\"en\": {\"text\": \"Fines apply.\"}}}")
        .expect(201);
    assertEquals(List.of("1:art_1", "2:art_2", "3:art_4", "4:art_3"), readingOrder(slug));
    admin().post(divisions + "/chp_3/move", "{}").expect(200);
    assertEquals(List.of("1:art_4", "2:art_1", "3:art_2", "4:art_3"), readingOrder(slug));
    admin().post(divisions + "/chp_3/move", "{\"parent\": \"chp_2\"}").expect(200);
    assertEquals(List.of("1:art_1", "2:art_2", "3:art_3", "4:art_4"), readingOrder(slug));
    assertEquals("chp_2", anonymous().get(divisions + "/chp_3").json().getString("parent"));
    var history = anonymous().get(divisions + "/chp_3/revisions").expect(200).array();
    assertEquals(
        List.of("INSERTED", "RENAMED", "MOVED", "MOVED"),
        history.getValuesAs(JsonObject.class).stream().map(r -> r.getString("change")).toList());
    JsonObject rename = history.getJsonObject(1);
    assertEquals(
        List.of("admin", "Better word", "Chapter III. Penalties"),
        List.of(
            rename.getString("author"),
            rename.getString("message"),
            rename.getJsonObject("headings").getString("en")));
    assertTrue(rename.containsKey("createdAt"));
    assertEquals("chp_2", history.getJsonObject(3).getString("parent"));
  }

  @Test
  default void divisionPlacesAreChecked() {
    String slug = newLaw();
    String divisions = "laws/" + slug + "/divisions";
    var section =
        admin()
            .post(
                divisions,
                "{\"kind\": \"section\", \"parent\": \"chp_1\", \"headings\": {\"en\": \"Section 1\"}}")
            .expect(201)
            .json();
    assertEquals("sec_1", section.getString("eId"));
    assertEquals("Section 1", section.getJsonObject("headings").getString("es"));
    assertEquals(
        List.of("chp_1:Chapter I. General", "sec_1:Section 1", "chp_2:Chapter II. Final"),
        divisionsOf(anonymous().get("laws/" + slug + "?lang=en").json()));
    admin().post(divisions + "/chp_1/move", "{\"parent\": \"sec_1\"}").problem(400, "parent");
    admin().post(divisions + "/chp_1/move", "{\"after\": \"chp_1\"}").problem(400, "after");
    admin().post(divisions + "/chp_1/move", "{\"after\": \"chp_9\"}").problem(404, "after");
    admin()
        .post(divisions + "/chp_1/move", "{\"after\": \"chp_2\", \"parent\": \"chp_2\"}")
        .problem(400, "after");
    admin()
        .post(divisions, "{\"kind\": \"part\", \"headings\": {\"en\": \"Part\"}}")
        .problem(400, "kind");
    admin().post(divisions, "{\"kind\": \"chapter\", \"headings\": {}}").problem(400, "headings");
    admin()
        .post(
            divisions, "{\"kind\": \"chapter\", \"eId\": \"chp_2\", \"headings\": {\"en\": \"X\"}}")
        .problem(409, "eId");
    admin()
        .put(divisions + "/chp_1?lang=en", "{\"heading\": \"Chapter I. General\"}", null)
        .expect(200);
    assertEquals(1, anonymous().get(divisions + "/chp_1/revisions").array().size());
    admin()
        .put(divisions + "/chp_9?lang=en", "{\"heading\": \"X\"}", null)
        .problem(404, "division");
    anonymous().post(divisions + "/chp_1/move", "{}").expect(401);
  }

  @Test
  default void aDivisionIsDeletedOnlyWhenEmptyOrWithItsArticlesMovedInTheSameWrite() {
    String slug = newLaw();
    String divisions = "laws/" + slug + "/divisions";
    admin().delete(divisions + "/chp_1").problem(409, "moveArticlesTo");
    admin().delete(divisions + "/chp_1?moveArticlesTo=chp_9").problem(404, "moveArticlesTo");
    admin().delete(divisions + "/chp_1?moveArticlesTo=chp_1").problem(400, "moveArticlesTo");
    assertEquals(List.of("1:art_1", "2:art_2", "3:art_3"), readingOrder(slug));
    var deleted =
        admin()
            .delete(divisions + "/chp_1?moveArticlesTo=chp_2&message=Merged%20chapters")
            .expect(200)
            .json();
    assertEquals("[\"art_1\",\"art_2\"]", deleted.getJsonArray("movedArticles").toString());
    assertTrue(deleted.getJsonObject("division").getBoolean("deleted"));
    assertEquals(List.of("1:art_3", "2:art_1", "3:art_2"), readingOrder(slug));
    assertEquals(
        List.of("chp_2:Chapter II. Final"),
        divisionsOf(anonymous().get("laws/" + slug + "?lang=en").json()));
    var moved = anonymous().get("laws/" + slug + "/articles/art_1/revisions?lang=es").array();
    assertEquals("MOVED", moved.getJsonObject(1).getString("change"));
    assertEquals("Merged chapters", moved.getJsonObject(1).getString("message"));
    var history = anonymous().get(divisions + "/chp_1/revisions").expect(200).array();
    assertEquals("DELETED", history.getJsonObject(1).getString("change"));
    assertTrue(anonymous().get(divisions + "/chp_1").json().getBoolean("deleted"));
    admin()
        .put(divisions + "/chp_1?lang=en", "{\"heading\": \"Back\"}", null)
        .problem(404, "division");

    admin()
        .post(divisions, "{\"kind\": \"chapter\", \"headings\": {\"en\": \"Empty\"}}")
        .expect(201);
    var empty = admin().delete(divisions + "/chp_3").expect(200).json();
    assertEquals(0, empty.getJsonArray("movedArticles").size());
    admin()
        .post(
            divisions,
            "{\"kind\": \"section\", \"parent\": \"chp_2\", \"headings\": {\"en\": \"S\"}}")
        .expect(201);
    admin().delete(divisions + "/chp_2?moveArticlesTo=sec_1").problem(409, "eId");
  }

  @Test
  default void anArticleWhoseDivisionWasDeletedIsNotRestoredIntoIt() {
    String slug = newLaw();
    admin().delete("laws/" + slug + "/articles/art_3").expect(204);
    admin().delete("laws/" + slug + "/divisions/chp_2").expect(200);
    admin().post("laws/" + slug + "/articles/art_3/restore", "{}").problem(409, "division");
  }

  @Test
  default void theTitleIsEditedWithItsETagAndKeepsItsHistory() {
    String slug = newLaw();
    String title = "laws/" + slug + "/title?lang=en";
    var read = anonymous().get(title).expect(200);
    assertEquals("\"title-en-1\"", read.header("ETag"));
    assertEquals("Test law", read.json().getString("text"));
    admin().put(title, text("Parity law"), null).problem(428, "If-Match");
    admin().put(title, text("Parity law"), "\"title-es-1\"").problem(412, "If-Match");
    admin().put(title, text("Parity law"), "\"preamble-en-1\"").problem(412, "If-Match");
    admin().put(title, text("Parity law"), "\"title-en-2\"").problem(412, "If-Match");
    admin().put(title, text(" "), "\"title-en-1\"").problem(400, "text");
    var edited =
        admin()
            .put(title, "{\"text\": \"Parity law\", \"message\": \"Shorter\"}", "\"title-en-1\"")
            .expect(200);
    assertEquals("\"title-en-2\"", edited.header("ETag"));
    assertTrue(edited.json().getBoolean("changed"));
    assertFalse(edited.json().getBoolean("merged"));
    assertEquals(
        "Parity law", anonymous().get("laws/" + slug + "?lang=en").json().getString("title"));
    assertEquals(
        "Ley de prueba", anonymous().get("laws/" + slug + "?lang=es").json().getString("title"));
    var history = anonymous().get("laws/" + slug + "/title/revisions?lang=en").expect(200).array();
    assertEquals(2, history.size());
    assertEquals(
        List.of("Parity law", "admin", "Shorter"),
        List.of(
            history.getJsonObject(1).getString("text"),
            history.getJsonObject(1).getString("author"),
            history.getJsonObject(1).getString("message")));
    anonymous().put(title, text("x"), "\"title-en-2\"").expect(401);
  }

  @Test
  default void preambleEditsOnAStaleETagMergeCleanlyOrConflict() {
    String slug = newLaw();
    String preamble = "laws/" + slug + "/preamble?lang=en";
    admin()
        .put(preamble, text("Whereas equality.\n\nWhereas parity."), "\"preamble-en-1\"")
        .expect(200);
    admin()
        .put(preamble, text("Whereas full equality.\n\nWhereas parity."), "\"preamble-en-2\"")
        .expect(200);
    var merged =
        admin()
            .put(
                preamble,
                text("Whereas equality.\n\nWhereas parity and alternation."),
                "\"preamble-en-2\"")
            .expect(200);
    assertEquals("\"preamble-en-4\"", merged.header("ETag"));
    assertTrue(merged.json().getBoolean("merged"));
    assertEquals(
        "Whereas full equality.\n\nWhereas parity and alternation.",
        merged.json().getJsonObject("current").getString("text"));
    var conflict =
        admin()
            .put(preamble, text("Whereas real equality.\n\nWhereas parity."), "\"preamble-en-2\"")
            .problem(409, "text");
    assertEquals(
        "\"preamble-en-4\"",
        conflict.getJsonObject("current").getString("etag"),
        conflict.toString());
    assertFalse(conflict.getJsonArray("conflicts").isEmpty());
    assertEquals(4, anonymous().get("laws/" + slug + "/preamble/revisions?lang=en").array().size());
    admin().put(preamble, text(""), "\"preamble-en-4\"").expect(200);
    var now = anonymous().get("laws/" + slug + "?lang=en").json();
    assertTrue(!now.containsKey("preamble") || now.isNull("preamble"), now.toString());
  }

  @Test
  default void versionsRecordDivisionsTitleAndPreambleAndTheDiffShowsTheirChanges() {
    String slug = newLaw();
    String law = "laws/" + slug;
    admin().post(law + "/versions", "{\"label\": \"Draft 1\"}").expect(201);
    admin()
        .put(law + "/divisions/chp_1?lang=en", "{\"heading\": \"Chapter I. Scope\"}", null)
        .expect(200);
    admin().put(law + "/title?lang=en", text("Parity law"), "\"title-en-1\"").expect(200);
    admin()
        .put(law + "/preamble?lang=en", text("Whereas parity."), "\"preamble-en-1\"")
        .expect(200);
    admin()
        .post(
            law + "/divisions", "{\"kind\": \"chapter\", \"headings\": {\"en\": \"Preliminary\"}}")
        .expect(201);
    admin().delete(law + "/divisions/chp_2?moveArticlesTo=chp_1").expect(200);
    admin().post(law + "/versions", "{\"label\": \"Draft 2\"}").expect(201);

    var first = anonymous().get(law + "/versions/1?lang=en").expect(200).json();
    assertEquals("Test law", first.getString("title"));
    assertEquals("Whereas.", first.getString("preamble"));
    assertEquals(
        List.of("chp_1:Chapter I. General", "chp_2:Chapter II. Final"), divisionsOf(first));
    var second = anonymous().get(law + "/versions/2?lang=en").expect(200).json();
    assertEquals("Parity law", second.getString("title"));
    assertEquals("Whereas parity.", second.getString("preamble"));
    assertEquals(List.of("chp_3:Preliminary", "chp_1:Chapter I. Scope"), divisionsOf(second));
    assertEquals(
        List.of("Ley de prueba", "Considerando."),
        List.of(
            anonymous().get(law + "/versions/2?lang=es").json().getString("title"),
            anonymous().get(law + "/versions/2?lang=es").json().getString("preamble")));

    var diff = anonymous().get(law + "/diff?from=1&to=2&lang=en").expect(200).json();
    assertEquals(1, diff.getJsonObject("title").getInt("fromRevision"));
    assertEquals(2, diff.getJsonObject("title").getInt("toRevision"));
    assertTrue(diff.getJsonObject("title").getJsonArray("text").toString().contains("Parity"));
    assertFalse(diff.isNull("preamble"));
    assertEquals(
        List.of("chp_3:[\"ADDED\"]", "chp_1:[\"RENAMED\"]", "chp_2:[\"DELETED\"]"),
        diff.getJsonArray("divisions").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("eId") + ":" + d.getJsonArray("statuses"))
            .toList());
    var es = anonymous().get(law + "/diff?from=1&to=2&lang=es").expect(200).json();
    assertTrue(!es.containsKey("title") && !es.containsKey("preamble"), es.toString());
    String html = anonymous().get(law + "/diff?from=1&to=2&lang=en&format=html").expect(200).body();
    assertTrue(html.contains("<section class=\"redline title\">"), html);
    assertTrue(html.contains("data-eid=\"chp_2\" data-status=\"deleted\""), html);
  }
}
