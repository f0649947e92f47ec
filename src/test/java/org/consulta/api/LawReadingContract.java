package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading laws needs no login and shows the structure with derived article numbers. */
public interface LawReadingContract extends ApiContract {
  @Test
  default void healthReportsReadinessAndLiveness() {
    var root = Api.anonymous(base().resolve("/"));
    for (String path : List.of("/health", "/health/ready")) {
      var health = root.get(path).expect(200).json();
      assertEquals("UP", health.getString("status"));
      assertEquals(
          Set.of("database", "drafts", "legislation-index", "work-index"),
          health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
              .map(check -> check.getString("name"))
              .collect(Collectors.toSet()),
          path);
    }
    assertEquals("UP", root.get("/health/live").expect(200).json().getString("status"));
  }

  @Test
  default void openApiDescribesTheApi() {
    String spec = Api.anonymous(base().resolve("/")).get("/openapi").expect(200).body();
    assertTrue(spec.contains("/laws/{law}/articles/{eId}"), spec);
  }

  @Test
  default void listsLawsWithTheirLanguages() {
    String slug = newLaw();
    var laws = anonymous().get("laws").expect(200).array();
    JsonObject law =
        laws.getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertEquals("[\"es\",\"en\"]", law.getJsonArray("languages").toString());
    assertEquals("Test law", law.getJsonObject("titles").getString("en"));
  }

  @Test
  default void readsOneLanguageVersionWithItsTree() {
    String slug = newLaw();
    var law = anonymous().get("laws/" + slug + "?lang=es").expect(200).json();
    assertEquals("Ley de prueba", law.getString("title"));
    var chapters = law.getJsonArray("body");
    assertEquals(2, chapters.size());
    var second = chapters.getJsonObject(1);
    assertEquals("Capítulo II. Final", second.getString("heading"));
    var article = second.getJsonArray("children").getJsonObject(0);
    assertEquals("art_3", article.getString("eId"));
    assertEquals(3, article.getInt("number"));
    assertEquals("\"es-1\"", article.getString("etag"));
  }

  @Test
  default void sameArticleHasTheSameIdInEveryLanguage() {
    String slug = newLaw();
    var es = anonymous().get("laws/" + slug + "/articles/art_2?lang=es").expect(200).json();
    var en = anonymous().get("laws/" + slug + "/articles/art_2?lang=en").expect(200).json();
    assertEquals("Definiciones", es.getString("heading"));
    assertEquals("Definitions", en.getString("heading"));
    assertEquals(es.getInt("number"), en.getInt("number"));
  }

  @Test
  default void unknownLawArticleOrLanguageIsAProblemNamingIt() {
    String slug = newLaw();
    anonymous().get("laws/no-such-law").problem(404, "law");
    anonymous().get("laws/" + slug + "/articles/art_99").problem(404, "eId");
    anonymous().get("laws/" + slug + "?lang=xx").problem(400, "lang");
    anonymous().get("laws/" + slug + "?lang=pt").problem(404, "lang");
  }
}
