package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Versions read back exactly; diffs between revisions and versions, as JSON and as a redline. */
public interface VersionContract extends ApiContract {
  @Test
  default void anOldVersionReadsBackExactly() {
    String slug = newLaw();
    var v1 =
        admin().post("laws/" + slug + "/versions", "{\"label\": \"Draft 1\"}").expect(201).json();
    assertEquals(1, v1.getInt("number"));
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"Texto nuevo.\"}", "\"es-1\"")
        .expect(200);
    admin().delete("laws/" + slug + "/articles/art_3").expect(204);
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Draft 2\"}").expect(201);

    var old = anonymous().get("laws/" + slug + "/versions/1?lang=es").expect(200).json();
    assertEquals(1, old.getInt("version"));
    var first = old.getJsonArray("body").getJsonObject(0).getJsonArray("children").getJsonObject(0);
    assertEquals("La presente Ley garantiza la paridad.", first.getString("text"));
    var finalChapter = old.getJsonArray("body").getJsonObject(1).getJsonArray("children");
    assertEquals("art_3", finalChapter.getJsonObject(0).getString("eId"));
    var list = anonymous().get("laws/" + slug + "/versions").expect(200).array();
    assertEquals("Draft 2", list.getJsonObject(1).getString("label"));
    anonymous().get("laws/" + slug + "/versions/3").problem(404, "v");
    anonymous().get("laws/" + slug + "/versions/x").problem(400, "v");
  }

  /**
   * A version read and a diff between versions are kept once made: a second read is the same bytes
   * with the same ETag, a client holding that ETag gets 304, and what the view shows of the law as
   * it stands (its languages) follows the law.
   */
  @Test
  default void recordedReadsCarryAnETagAndFollowTheLawsLanguages() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Draft 1\"}").expect(201);
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"Texto nuevo.\"}", "\"es-1\"")
        .expect(200);
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Draft 2\"}").expect(201);

    String version = "laws/" + slug + "/versions/1?lang=es";
    var first = anonymous().get(version).expect(200);
    String etag = first.header("ETag");
    assertNotNull(etag);
    var again = anonymous().get(version).expect(200);
    assertEquals(first.body(), again.body());
    assertEquals(etag, again.header("ETag"));
    assertEquals("", anonymous().withHeader("If-None-Match", etag).get(version).expect(304).body());

    String diff = "laws/" + slug + "/diff?from=1&to=2&lang=es";
    var made = anonymous().get(diff).expect(200);
    assertEquals(made.body(), anonymous().get(diff).expect(200).body());
    anonymous().withHeader("If-None-Match", made.header("ETag")).get(diff).expect(304);
    var page = anonymous().get(diff + "&format=html").expect(200);
    assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
    assertNotEquals(made.header("ETag"), page.header("ETag"));

    admin()
        .post("laws/" + slug + "/languages", "{\"lang\": \"fr\", \"title\": \"Loi\"}")
        .expect(201);
    var later = anonymous().get(version).expect(200);
    assertTrue(
        later.json().getJsonArray("languages").getValuesAs(JsonString.class).stream()
            .anyMatch(lang -> lang.getString().equals("fr")),
        later.body());
    assertNotEquals(etag, later.header("ETag"));
    anonymous().withHeader("If-None-Match", etag).get(version).expect(200);
  }

  @Test
  default void lawDiffMatchesArticlesById() {
    String slug = newLaw();
    admin()
        .post("laws/" + slug + "/versions", "{\"label\": \"Draft 1 for consultation\"}")
        .expect(201);
    admin()
        .put(
            "laws/" + slug + "/articles/art_3?lang=en",
            "{\"text\": \"This Law enters into force at once.\"}",
            "\"en-1\"")
        .expect(200);
    admin().post("laws/" + slug + "/articles/art_1/move", "{\"after\": \"art_2\"}").expect(200);
    admin().delete("laws/" + slug + "/articles/art_2").expect(204);
    admin()
        .post(
            "laws/" + slug + "/articles",
            "{\"division\": \"chp_1\", \"texts\": {\"en\": {\"text\": \"New.\"}}}")
        .expect(201);
    admin()
        .post("laws/" + slug + "/versions", "{\"label\": \"Draft 2 <final> & more\"}")
        .expect(201);

    var diff = anonymous().get("laws/" + slug + "/diff?from=1&to=2&lang=en").expect(200).json();
    assertEquals("Draft 1 for consultation", diff.getString("fromLabel"));
    assertEquals("Draft 2 <final> & more", diff.getString("toLabel"));
    var articles = diff.getJsonArray("articles").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("art_4", "art_1", "art_2", "art_3"),
        articles.stream().map(a -> a.getString("eId")).toList(),
        "reading order of version 2, the deleted art_2 after art_1 that preceded it in version 1");
    assertEquals(0, articles.get(1).getJsonArray("text").size(), "art_1 only moved");
    Map<String, String> statuses =
        diff.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
            .collect(
                Collectors.toMap(
                    a -> a.getString("eId"), a -> a.getJsonArray("statuses").toString()));
    assertEquals("[\"ADDED\"]", statuses.get("art_4"));
    assertEquals("[\"DELETED\"]", statuses.get("art_2"));
    assertEquals("[\"MOVED\",\"RENUMBERED\"]", statuses.get("art_1"));
    assertEquals("[\"CHANGED\"]", statuses.get("art_3"));

    String html =
        anonymous()
            .get("laws/" + slug + "/diff?from=1&to=2&lang=en&format=html")
            .expect(200)
            .body();
    assertTrue(html.contains("<del>the next day</del>"), html);
    assertTrue(html.contains("<ins>at once</ins>"), html);
    assertTrue(
        html.contains(
            "<h1>" + slug + ": Draft 1 for consultation → Draft 2 &lt;final&gt; &amp; more"),
        html);
    assertTrue(html.contains("<p>Article <del>1</del> → <ins>2</ins>, unchanged text</p>"), html);
    assertTrue(
        html.contains(
            "<ul class=\"summary\">\n<li data-status=\"changed\">1 changed</li>\n"
                + "<li data-status=\"added\">1 inserted</li>\n"
                + "<li data-status=\"deleted\">1 deleted</li>\n"
                + "<li data-status=\"renumbered\">1 renumbered</li>\n</ul>"),
        html);
    assertTrue(
        html.indexOf("data-eid=\"art_2\"") < html.indexOf("data-eid=\"art_3\""),
        "the deleted art_2 before art_3");
    anonymous().get("laws/" + slug + "/diff?from=1&lang=en").problem(400, "to");
    anonymous().get("laws/" + slug + "/diff?from=1&to=2&format=pdf").problem(400, "format");
  }

  @Test
  default void articleDiffIsWordLevelAndTheRedlineEscapesText() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=en";
    admin()
        .put(path, "{\"text\": \"This Law guarantees <b>full</b> parity & equality.\"}", "\"en-1\"")
        .expect(200);
    var ops =
        anonymous()
            .get("laws/" + slug + "/articles/art_1/diff?from=1&to=2&lang=en")
            .expect(200)
            .json()
            .getJsonArray("text")
            .getValuesAs(JsonObject.class);
    for (JsonObject op : ops) {
      assertTrue(op.getString("kind").matches("EQUAL|INSERT|DELETE"));
    }
    String html =
        anonymous()
            .get("laws/" + slug + "/articles/art_1/diff?from=1&to=2&lang=en&format=html")
            .expect(200)
            .body();
    assertTrue(html.contains("&lt;b&gt;full&lt;/b&gt;"), html);
    assertTrue(html.contains("<ins>"), html);
    assertTrue(!html.contains("<b>"), html);
    anonymous().get("laws/" + slug + "/articles/art_1/diff?from=1&to=9&lang=en").problem(404, "to");
  }
}
