package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LawCopyTest {
  @Test
  void copiesEveryLanguageOfEveryDivisionAndArticleInTheOrderOfTheFirstView() {
    Map<String, JsonObject> views = new LinkedHashMap<>();
    views.put("es", view("Ley", "Capítulo I", "Objeto", "Uno.", "Ámbito", "Dos."));
    views.put("en", view("Law", "Chapter I", "Purpose", "One.", "Scope", "Two."));
    JsonObject copy = json(LawCopy.body("copia", views));
    assertEquals("copia", copy.getString("slug"));
    assertEquals("Law", copy.getJsonObject("languages").getJsonObject("en").getString("title"));
    JsonObject chapter = copy.getJsonArray("divisions").getJsonObject(0);
    assertEquals("Chapter I", chapter.getJsonObject("headings").getString("en"));
    JsonObject second = chapter.getJsonArray("articles").getJsonObject(1);
    assertEquals("art_2", second.getString("eId"));
    assertEquals(
        json("{\"heading\": \"Ámbito\", \"text\": \"Dos.\"}"),
        second.getJsonObject("texts").getJsonObject("es"));
    assertEquals("Two.", second.getJsonObject("texts").getJsonObject("en").getString("text"));
  }

  private static JsonObject view(
      String title, String chapter, String h1, String t1, String h2, String t2) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add(
            "body",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "division")
                        .add("eId", "chp_1")
                        .add("kind", "chapter")
                        .add("heading", chapter)
                        .add(
                            "children",
                            Json.createArrayBuilder()
                                .add(article("art_1", h1, t1))
                                .add(article("art_2", h2, t2)))))
        .build();
  }

  private static JsonObject article(String eId, String heading, String text) {
    return Json.createObjectBuilder()
        .add("type", "article")
        .add("eId", eId)
        .add("heading", heading)
        .add("text", text)
        .build();
  }

  private static JsonObject json(String s) {
    try (JsonReader reader = Json.createReader(new StringReader(s))) {
      return reader.readObject();
    }
  }
}
