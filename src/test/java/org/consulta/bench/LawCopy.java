package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recreates a law under another slug: the body of {@code POST /api/laws} made from the law's views
 * ({@code GET /api/laws/{law}?lang=}), one per language, so that a run works on fresh articles
 * whose first revision is the law's current text.
 */
final class LawCopy {
  private LawCopy() {}

  /** {@code views} by language code; the first one gives the order of divisions and articles. */
  static String body(String slug, Map<String, JsonObject> views) {
    JsonObjectBuilder languages = Json.createObjectBuilder();
    Map<String, Map<String, JsonObject>> nodes = new LinkedHashMap<>();
    views.forEach(
        (lang, view) -> {
          JsonObjectBuilder expression =
              Json.createObjectBuilder().add("title", view.getString("title"));
          if (view.get("preamble") instanceof JsonString preamble) {
            expression.add("preamble", preamble);
          }
          languages.add(lang, expression);
          Map<String, JsonObject> byEId = new HashMap<>();
          index(view.getJsonArray("body"), byEId);
          nodes.put(lang, byEId);
        });
    JsonArray body = views.values().iterator().next().getJsonArray("body");
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("workUri", "/akn/bench/act/model-law/" + slug)
        .add("topic", "benchmark")
        .add("languages", languages)
        .add("divisions", divisions(body, nodes))
        .build()
        .toString();
  }

  /** Every division and article of a view's body, by eId, in reading order. */
  static void index(JsonArray body, Map<String, JsonObject> byEId) {
    for (JsonValue value : body) {
      JsonObject node = value.asJsonObject();
      byEId.put(node.getString("eId"), node);
      if (node.containsKey("children")) {
        index(node.getJsonArray("children"), byEId);
      }
    }
  }

  private static JsonArrayBuilder divisions(
      JsonArray body, Map<String, Map<String, JsonObject>> nodes) {
    JsonArrayBuilder divisions = Json.createArrayBuilder();
    for (JsonValue value : body) {
      JsonObject division = value.asJsonObject();
      if (!"division".equals(division.getString("type"))) {
        throw new IllegalStateException("articles outside a division are not copied");
      }
      String eId = division.getString("eId");
      JsonObjectBuilder headings = Json.createObjectBuilder();
      nodes.forEach((lang, byEId) -> headings.add(lang, byEId.get(eId).getString("heading")));
      JsonArrayBuilder articles = Json.createArrayBuilder();
      List<JsonObject> subdivisions = new ArrayList<>();
      for (JsonValue child : division.getJsonArray("children")) {
        JsonObject node = child.asJsonObject();
        if ("article".equals(node.getString("type"))) {
          articles.add(article(node.getString("eId"), nodes));
        } else {
          subdivisions.add(node);
        }
      }
      divisions.add(
          Json.createObjectBuilder()
              .add("eId", eId)
              .add("kind", division.getString("kind"))
              .add("headings", headings)
              .add("articles", articles)
              .add("divisions", divisions(Json.createArrayBuilder(subdivisions).build(), nodes)));
    }
    return divisions;
  }

  private static JsonObjectBuilder article(String eId, Map<String, Map<String, JsonObject>> nodes) {
    JsonObjectBuilder texts = Json.createObjectBuilder();
    nodes.forEach(
        (lang, byEId) ->
            texts.add(
                lang,
                Json.createObjectBuilder()
                    .add("heading", byEId.get(eId).getString("heading"))
                    .add("text", byEId.get(eId).getString("text"))));
    return Json.createObjectBuilder().add("eId", eId).add("texts", texts);
  }
}
