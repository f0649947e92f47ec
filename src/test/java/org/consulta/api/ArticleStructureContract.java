package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inserting, moving and deleting keep eIds, renumber what readers see, and lose no history. */
public interface ArticleStructureContract extends ApiContract {
  @Test
  default void insertingAfterAnArticleRenumbersTheFollowingOnes() {
    String slug = newLaw();
    String body =
        """
        {"after": "art_1", "texts": {"es": {"heading": "Principios", "text": "Igualdad."},
                                     "en": {"heading": "Principles", "text": "Equality."}}}
        """;
    var created = admin().post("laws/" + slug + "/articles", body).expect(201);
    assertEquals("art_4", created.json().getString("eId"));
    assertEquals(2, created.json().getInt("number"));
    assertEquals(List.of("1:art_1", "2:art_4", "3:art_2", "4:art_3"), articleOrder(slug));
  }

  @Test
  default void anArticleGivenInOneLanguageOnlyAwaitsItsTranslation() {
    String slug = newLaw();
    String body =
        """
        {"division": "chp_2", "eId": "art_2a", "texts": {"es": {"heading": "Transitorio", "text": "Plazo."}}}
        """;
    admin().post("laws/" + slug + "/articles", body).expect(201);
    var en = anonymous().get("laws/" + slug + "/articles/art_2a?lang=en").expect(200).json();
    assertEquals(3, en.getInt("number"));
    assertEquals("es", en.getJsonObject("needsUpdate").getString("sourceLang"));
    admin().post("laws/" + slug + "/articles", body).problem(409, "eId");
  }

  @Test
  default void movingKeepsTheIdAndRecordsARevision() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/articles/art_1/move", "{\"after\": \"art_3\"}").expect(200);
    assertEquals(List.of("1:art_2", "2:art_3", "3:art_1"), articleOrder(slug));
    var history = anonymous().get("laws/" + slug + "/articles/art_1/revisions?lang=es").array();
    assertEquals("MOVED", history.getJsonObject(1).getString("change"));
    var moved = anonymous().get("laws/" + slug + "/articles/art_1?lang=es").json();
    assertEquals("chp_2", moved.getString("division"));
    assertEquals("La presente Ley garantiza la paridad.", moved.getString("text"));
  }

  @Test
  default void deletingKeepsTheHistoryAndAnswersGone() {
    String slug = newLaw();
    admin().delete("laws/" + slug + "/articles/art_2").expect(204);
    assertEquals(List.of("1:art_1", "2:art_3"), articleOrder(slug));
    anonymous().get("laws/" + slug + "/articles/art_2?lang=es").problem(410, "eId");
    admin()
        .put("laws/" + slug + "/articles/art_2?lang=es", "{\"text\": \"x\"}", "\"es-2\"")
        .problem(410, "eId");
    var history =
        anonymous().get("laws/" + slug + "/articles/art_2/revisions?lang=es").expect(200).array();
    assertEquals(2, history.size());
    assertEquals("DELETED", history.getJsonObject(1).getString("change"));
    var first =
        anonymous().get("laws/" + slug + "/articles/art_2/revisions/1?lang=es").expect(200).json();
    assertEquals(
        "1. Paridad es la igualdad.\n\n2. Alternancia es el orden.", first.getString("text"));
  }

  @Test
  default void badPlacementsAreProblemsNamingTheField() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles";
    admin().post(path, "{\"texts\": {\"es\": {\"text\": \"x\"}}}").problem(400, "after");
    admin()
        .post(path, "{\"after\": \"art_9\", \"texts\": {\"es\": {\"text\": \"x\"}}}")
        .problem(404, "after");
    admin()
        .post(path, "{\"division\": \"chp_9\", \"texts\": {\"es\": {\"text\": \"x\"}}}")
        .problem(404, "division");
    admin()
        .post(path, "{\"after\": \"art_1\", \"texts\": {\"de\": {\"text\": \"x\"}}}")
        .problem(400, "texts");
    admin().post(path, "{\"after\": \"art_1\", \"texts\": {}}").problem(400, "texts");
    admin().post(path + "/art_1/move", "{\"after\": \"art_1\"}").problem(400, "after");
  }
}
