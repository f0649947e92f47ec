package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.exchange.DraftArticle;
import org.consulta.exchange.DraftDivision;
import org.consulta.exchange.DraftDocument;
import org.consulta.exchange.DraftNode;
import org.consulta.exchange.DraftParser;
import org.junit.jupiter.api.Test;

/**
 * References between articles, on the parity law as the project ships it (drafts/parity): they
 * follow renumbering in both languages, a deleted target is flagged with the articles that cite it,
 * and the Akoma Ntoso export links them.
 */
public interface CrossReferenceContract extends ApiContract {
  /** Source → target of every reference the shipped parity law makes, in reading order. */
  List<String> PARITY_REFERENCES =
      List.of(
          "art_5→art_9",
          "art_22→art_21",
          "art_23→art_21",
          "art_24→art_23",
          "art_24→art_10",
          "art_31→art_33",
          "art_35→art_30",
          "art_35→art_19");

  @Test
  default void referencesInTheShippedParityLawFollowAnInsertedArticleInBothLanguages() {
    String slug = shippedParity();
    for (String lang : List.of("es", "en")) {
      JsonObject report = crossReferences(slug, lang);
      assertEquals(PARITY_REFERENCES, pairs(report), lang);
      assertTrue(report.getJsonArray("broken").isEmpty(), report.toString());
      assertNumbersAreTheTargets(slug, lang, 0);
    }

    admin()
        .post(
            "laws/" + slug + "/articles",
            """
            {"after": "art_1", "texts": {"es": {"heading": "Nuevo", "text": "Véase el artículo 10."},
             "en": {"heading": "New", "text": "See Article 10."}}}
            """)
        .expect(201);

    for (String lang : List.of("es", "en")) {
      JsonObject report = crossReferences(slug, lang);
      List<String> pairs = pairs(report);
      assertEquals(PARITY_REFERENCES, pairs.subList(1, pairs.size()), lang);
      assertTrue(pairs.get(0).endsWith("→art_9"), "the new article's 10 is art_9 now: " + pairs);
      assertNumbersAreTheTargets(slug, lang, 1);
    }
    String art5 = articleText(slug, "es", "art_5");
    assertTrue(art5.contains("previstas en el artículo 10."), art5);
    assertTrue(articleText(slug, "en", "art_5").contains("laid down in Article 10."));
    assertTrue(articleText(slug, "es", "art_35").contains("conforme al artículo 20."));
  }

  @Test
  default void anEditKeepsTheLinksOfTheNumbersShownAndDiffsShowOnlyTheEdit() {
    String slug = shippedParity();
    admin()
        .post(
            "laws/" + slug + "/articles",
            "{\"after\": \"art_1\", \"texts\": {\"es\": {\"text\": \"Nuevo.\"}}}")
        .expect(201);
    JsonObject article = admin().get("laws/" + slug + "/articles/art_5?lang=es").json();
    String shown = article.getString("text");
    assertTrue(shown.contains("en el artículo 10."), shown);
    admin()
        .put(
            "laws/" + slug + "/articles/art_5?lang=es",
            Json.createObjectBuilder()
                .add("text", shown.replace("en el artículo 10.", "en el artículo 10 y siguientes."))
                .build()
                .toString(),
            article.getString("etag"))
        .expect(200);

    JsonObject report = crossReferences(slug, "es");
    assertEquals("art_5→art_9", pairs(report).get(0));
    assertEquals(10, report.getJsonArray("references").getJsonObject(0).getInt("targetNumber"));
    String diff =
        anonymous()
            .get("laws/" + slug + "/articles/art_5/diff?from=1&to=2&lang=es&format=html")
            .expect(200)
            .body();
    assertTrue(diff.contains("siguientes"), diff);
    assertFalse(diff.contains("artículo 9"), "both sides in today's numbering: " + diff);
  }

  @Test
  default void aLawOfFixedNumberingShowsItsTextsAsWrittenAndLinksNumbersToTheirEIds() {
    String slug = "fixed-" + Long.toHexString(System.nanoTime());
    String body =
        """
        {"slug": "%s", "workUri": "/akn/cl/act/code/%s", "topic": "test", "numbering": "fixed",
         "languages": {"es": {"title": "Código"}},
         "divisions": [{"eId": "chp_1", "kind": "chapter", "headings": {"es": "Código"},
           "articles": [
             {"eId": "art_1", "texts": {"es": {"text": "Artículo 1°.- Primero."}}},
             {"eId": "art_2", "texts": {"es": {"text": "Artículo 2°.- Segundo."}}},
             {"eId": "art_3", "texts": {"es": {"text": "Artículo 3°.- Véase el artículo 2."}}}]}]}
        """
            .formatted(slug, slug);
    assertEquals("fixed", admin().post("laws", body).expect(201).json().getString("numbering"));
    admin()
        .post(
            "laws/" + slug + "/articles",
            """
            {"after": "art_1", "eId": "art_1bis",
             "texts": {"es": {"text": "Artículo 1° bis.- Insertado; véase el artículo 3."}}}
            """)
        .expect(201);

    assertEquals("Artículo 3°.- Véase el artículo 2.", articleText(slug, "es", "art_3"));
    assertEquals(
        "Artículo 1° bis.- Insertado; véase el artículo 3.", articleText(slug, "es", "art_1bis"));
    assertEquals(List.of("art_1bis→art_3", "art_3→art_2"), pairs(crossReferences(slug, "es")));
    admin().delete("laws/" + slug + "/articles/art_2").expect(204);
    JsonObject art3 = admin().get("laws/" + slug + "/articles/art_3?lang=es").json();
    assertEquals("Artículo 3°.- Véase el artículo 2.", art3.getString("text"));
    assertTrue(
        art3.getJsonArray("references").getJsonObject(0).getBoolean("broken"), art3.toString());
  }

  @Test
  default void aNumberingThatIsNeitherSequentialNorFixedIsRefusedNamingTheField() {
    var refused =
        admin()
            .post(
                "laws",
                """
                {"slug": "odd-numbering", "workUri": "/akn/x", "topic": "test", "numbering": "roman",
                 "languages": {"es": {"title": "Ley"}}, "divisions": []}
                """)
            .expect(400)
            .json();
    assertEquals("numbering", refused.getString("field"), refused.toString());
  }

  @Test
  default void aReferenceToADeletedArticleIsFlaggedWithTheArticlesThatHoldIt() {
    String slug = shippedParity();
    admin().delete("laws/" + slug + "/articles/art_33").expect(204);
    for (String lang : List.of("es", "en")) {
      JsonObject report = crossReferences(slug, lang);
      var broken = report.getJsonArray("broken");
      assertEquals(1, broken.size(), report.toString());
      assertEquals("art_33", broken.getJsonObject(0).getString("target"));
      JsonObject holder = broken.getJsonObject(0).getJsonArray("references").getJsonObject(0);
      assertEquals("art_31", holder.getString("source"));
      assertTrue(holder.getBoolean("broken"));
      assertFalse(holder.containsKey("targetNumber"), holder.toString());
    }
    JsonObject art31 = admin().get("laws/" + slug + "/articles/art_31?lang=es").json();
    JsonObject reference = art31.getJsonArray("references").getJsonObject(0);
    assertTrue(reference.getBoolean("broken"), art31.toString());
  }

  @Test
  default void theAkomaNtosoExportLinksReferencesByEId() {
    String slug = shippedParity();
    admin()
        .post(
            "laws/" + slug + "/articles",
            "{\"after\": \"art_1\", \"texts\": {\"es\": {\"text\": \"Nuevo.\"}}}")
        .expect(201);
    String xml =
        anonymous().get("laws/" + slug + "/editions?lang=es&format=akn").expect(200).body();
    assertTrue(xml.contains("<ref href=\"#art_9\">artículo 10</ref>"), xml);
    assertTrue(xml.contains("<ref href=\"#art_21\">artículo 22</ref>"));
  }

  private JsonObject crossReferences(String slug, String lang) {
    return anonymous().get("laws/" + slug + "/cross-references?lang=" + lang).expect(200).json();
  }

  private static List<String> pairs(JsonObject report) {
    return report.getJsonArray("references").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("source") + "→" + r.getString("target"))
        .toList();
  }

  /** Every reference names, in its phrase, the number its target has in the law now. */
  private void assertNumbersAreTheTargets(String slug, String lang, int inserted) {
    Map<String, Integer> numbers =
        articleOrder(slug).stream()
            .map(n -> n.split(":"))
            .collect(Collectors.toMap(n -> n[1], n -> Integer.valueOf(n[0])));
    for (JsonObject r :
        crossReferences(slug, lang).getJsonArray("references").getValuesAs(JsonObject.class)) {
      int number = numbers.get(r.getString("target"));
      assertEquals(number, r.getInt("targetNumber"), r.toString());
      assertTrue(r.getString("phrase").endsWith(" " + number), r.toString());
      if (inserted == 1 && !r.getString("source").equals(firstNew(numbers))) {
        assertEquals(
            Integer.parseInt(r.getString("target").substring(4)) + 1, number, r.toString());
      }
    }
  }

  /** The eId of the inserted article: the one numbered 2 after an insertion after art_1. */
  private static String firstNew(Map<String, Integer> numbers) {
    return numbers.entrySet().stream()
        .filter(e -> e.getValue() == 2)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private String articleText(String slug, String lang, String eId) {
    return anonymous()
        .get("laws/" + slug + "/articles/" + eId + "?lang=" + lang)
        .expect(200)
        .json()
        .getString("text");
  }

  /** Creates, under a new slug, the parity law from drafts/parity as the project ships it. */
  private String shippedParity() {
    String slug = "parity-" + LAWS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    DraftDocument es = draft("es");
    DraftDocument en = draft("en");
    Map<String, DraftNode> english =
        en.articles().stream().collect(Collectors.toMap(DraftArticle::eId, a -> a));
    collectDivisions(en.body(), english);
    JsonObjectBuilder law =
        Json.createObjectBuilder()
            .add("slug", slug)
            .add("workUri", "/akn/oas/act/model-law/2026/" + slug)
            .add("topic", "parity")
            .add(
                "languages",
                Json.createObjectBuilder().add("es", expression(es)).add("en", expression(en)))
            .add("divisions", divisions(es.body(), english));
    admin().post("laws", law.build().toString()).expect(201);
    return slug;
  }

  private static void collectDivisions(List<DraftNode> nodes, Map<String, DraftNode> into) {
    for (DraftNode node : nodes) {
      if (node instanceof DraftDivision d) {
        into.put(d.eId(), d);
        collectDivisions(d.children(), into);
      }
    }
  }

  private static JsonObjectBuilder expression(DraftDocument draft) {
    return Json.createObjectBuilder().add("title", draft.title()).add("preamble", draft.preamble());
  }

  private static JsonArrayBuilder divisions(List<DraftNode> nodes, Map<String, DraftNode> en) {
    JsonArrayBuilder divisions = Json.createArrayBuilder();
    for (DraftNode node : nodes) {
      if (node instanceof DraftDivision d) {
        JsonArrayBuilder articles = Json.createArrayBuilder();
        for (DraftNode child : d.children()) {
          if (child instanceof DraftArticle a) {
            DraftArticle b = (DraftArticle) en.get(a.eId());
            articles.add(
                Json.createObjectBuilder()
                    .add("eId", a.eId())
                    .add(
                        "texts",
                        Json.createObjectBuilder()
                            .add("es", text(a.heading(), a.text()))
                            .add("en", text(b.heading(), b.text()))));
          }
        }
        divisions.add(
            Json.createObjectBuilder()
                .add("eId", d.eId())
                .add("kind", d.kind().label())
                .add(
                    "headings",
                    Json.createObjectBuilder()
                        .add("es", d.heading())
                        .add("en", ((DraftDivision) en.get(d.eId())).heading()))
                .add("articles", articles)
                .add("divisions", divisions(d.children(), en)));
      }
    }
    return divisions;
  }

  private static JsonObjectBuilder text(String heading, String text) {
    return Json.createObjectBuilder().add("heading", heading).add("text", text);
  }

  private static DraftDocument draft(String lang) {
    Path file = Path.of("drafts", "parity", lang + ".md");
    try {
      return new DraftParser().parse("parity/" + lang + ".md", Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
