package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The translation workspace: articles waiting for a translation, the source's changes since the
 * last confirmation, and new language versions that read with labelled fallbacks.
 */
public interface TranslationContract extends ApiContract {

  @Test
  default void anArticleInsertedInOneLanguageIsListedToTranslateInTheOthers() {
    String slug = newLaw();
    admin()
        .post(
            "laws/" + slug + "/articles",
            """
            {"after": "art_1", "texts": {"es": {"heading": "Ámbito", "text": "Rige en todo el país."}}}
            """)
        .expect(201);
    admin()
        .post(
            "laws/" + slug + "/articles",
            """
            {"after": "art_2", "texts": {"es": {"text": "Dos."}, "en": {"text": "Two."}}}
            """)
        .expect(201);

    var pending = anonymous().get("laws/" + slug + "/translations?lang=en").array();
    assertEquals(1, pending.size(), pending::toString);
    JsonObject entry = pending.getJsonObject(0);
    assertEquals("art_4", entry.getString("eId"));
    assertEquals(2, entry.getInt("number"));
    assertEquals("untranslated", entry.getString("state"));
    assertEquals("es", entry.getString("sourceLang"));
    assertEquals("Ámbito", entry.getString("heading"));
    assertFalse(entry.containsKey("confirmedRevision"), entry::toString);
    assertTrue(anonymous().get("laws/" + slug + "/translations?lang=es").array().isEmpty());

    JsonObject article = anonymous().get("laws/" + slug + "/articles/art_4?lang=en").json();
    assertTrue(article.getBoolean("untranslated"), article::toString);
    assertEquals("es", article.getJsonObject("fallback").getString("lang"));
    assertEquals("Rige en todo el país.", article.getJsonObject("fallback").getString("text"));
    JsonObject written = anonymous().get("laws/" + slug + "/articles/art_5?lang=en").json();
    assertFalse(written.getBoolean("untranslated"));
    assertFalse(written.containsKey("fallback"), written::toString);
  }

  @Test
  default void translatingShowsTheSourceChangesSinceTheLastConfirmation() {
    String slug = newLaw();
    String es = "laws/" + slug + "/articles/art_3?lang=es";
    admin()
        .put(
            es,
            ArticleEditingContract.edit("Esta Ley entra en vigor a los treinta días."),
            "\"es-1\"")
        .expect(200);
    admin()
        .put(
            es,
            ArticleEditingContract.edit("Esta Ley entra en vigor a los sesenta días."),
            "\"es-2\"")
        .expect(200);

    JsonObject work = anonymous().get("laws/" + slug + "/translations/art_3?lang=en").json();
    assertEquals("outdated", work.getString("state"));
    assertEquals(1, work.getInt("confirmedRevision"));
    assertEquals("es", work.getJsonObject("source").getString("lang"));
    assertEquals(3, work.getJsonObject("source").getInt("revision"));
    assertEquals(
        "Esta Ley entra en vigor a los sesenta días.",
        work.getJsonObject("source").getString("text"));
    assertEquals(
        "This Law enters into force the next day.", work.getJsonObject("target").getString("text"));
    assertEquals("\"en-1\"", work.getJsonObject("target").getString("etag"));
    JsonObject changes = work.getJsonObject("changes");
    assertEquals(1, changes.getInt("from"));
    assertEquals(3, changes.getInt("to"));
    assertTrue(changes.getJsonArray("text").toString().contains("sesenta"), changes::toString);

    String confirm = "laws/" + slug + "/articles/art_3/confirm-translation?lang=en";
    admin().post(confirm + "&source=4", "").problem(400, "source");
    admin().post(confirm + "&source=2", "").expect(200);
    var pending = anonymous().get("laws/" + slug + "/translations?lang=en").array();
    assertEquals(2, pending.getJsonObject(0).getInt("confirmedRevision"));
    assertEquals(
        2,
        anonymous()
            .get("laws/" + slug + "/translations/art_3?lang=en")
            .json()
            .getJsonObject("changes")
            .getInt("from"));

    admin().post(confirm + "&source=3", "").expect(200);
    assertTrue(anonymous().get("laws/" + slug + "/translations?lang=en").array().isEmpty());

    admin()
        .put(
            es,
            ArticleEditingContract.edit("Esta Ley entra en vigor a los noventa días."),
            "\"es-3\"")
        .expect(200);
    String en = "laws/" + slug + "/articles/art_3?lang=en";
    var translation = ArticleEditingContract.edit("This Law enters into force sixty days later.");
    admin().put(en + "&source=5", translation, "\"en-1\"").problem(400, "source");
    assertEquals(1, anonymous().get(en).json().getInt("revision"));
    admin().put(en + "&source=3", translation, "\"en-1\"").expect(200);
    JsonObject still = anonymous().get(en).json().getJsonObject("needsUpdate");
    assertEquals(3, still.getInt("confirmedRevision"), still::toString);
    assertEquals(4, still.getInt("sourceRevision"));
    admin().post(confirm + "&source=4", "").expect(200);
    JsonObject current = anonymous().get("laws/" + slug + "/translations/art_3?lang=en").json();
    assertEquals("current", current.getString("state"));
    assertFalse(current.containsKey("changes"), current::toString);
  }

  @Test
  default void aNewLanguageVersionHasEveryArticleToTranslateAndReadsWithLabelledFallbacks() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Draft 1\"}").expect(201);
    anonymous()
        .post("laws/" + slug + "/languages", "{\"lang\": \"fr\", \"title\": \"Loi\"}")
        .expect(401);
    var added =
        admin()
            .post(
                "laws/" + slug + "/languages",
                """
                {"lang": "fr", "title": "Loi d'essai", "headings": {"chp_2": "Chapitre II"}}
                """)
            .expect(201);
    assertTrue(added.header("Location").endsWith("laws/" + slug + "?lang=fr"), added.body());
    assertEquals(3, added.json().getInt("articles"));
    assertEquals("es", added.json().getString("source"));
    admin()
        .post("laws/" + slug + "/languages", "{\"lang\": \"fr\", \"title\": \"Loi\"}")
        .problem(409, "lang");

    JsonObject fr = anonymous().get("laws/" + slug + "?lang=fr").json();
    assertEquals("Loi d'essai", fr.getString("title"));
    assertEquals("[\"es\",\"en\",\"fr\"]", fr.getJsonArray("languages").toString());
    JsonObject chapter1 = fr.getJsonArray("body").getJsonObject(0);
    assertEquals("Capítulo I. Generalidades", chapter1.getString("heading"));
    assertEquals("Chapitre II", fr.getJsonArray("body").getJsonObject(1).getString("heading"));
    JsonObject first = chapter1.getJsonArray("children").getJsonObject(0);
    assertTrue(first.getBoolean("untranslated"), first::toString);
    assertEquals("", first.getString("text"));
    assertEquals("es", first.getJsonObject("fallback").getString("lang"));
    assertEquals(
        "La presente Ley garantiza la paridad.", first.getJsonObject("fallback").getString("text"));
    assertEquals(3, anonymous().get("laws/" + slug + "/translations?lang=fr").array().size());
    anonymous().get("laws/" + slug + "/versions/1?lang=fr").problem(404, "lang");
    anonymous().get("laws/" + slug + "/versions/1?lang=en").expect(200);

    admin()
        .put(
            "laws/" + slug + "/articles/art_1?lang=fr",
            ArticleEditingContract.edit("La présente loi garantit la parité."),
            "\"fr-1\"")
        .expect(200);
    JsonObject translated = anonymous().get("laws/" + slug + "/articles/art_1?lang=fr").json();
    assertFalse(translated.getBoolean("untranslated"));
    assertEquals(2, anonymous().get("laws/" + slug + "/translations?lang=fr").array().size());
  }

  @Test
  default void aLanguageTheLawDoesNotHaveIsNamedNeverReplacedByAnother() {
    String slug = newLaw();
    JsonObject problem = anonymous().get("laws/" + slug + "?lang=pt").problem(404, "lang");
    assertTrue(problem.getString("detail").contains("es, en"), problem::toString);
    anonymous().get("laws/" + slug + "?lang=it").problem(400, "lang");
    anonymous().get("laws/" + slug + "/translations?lang=pt").problem(404, "lang");
    admin()
        .post("laws/" + slug + "/languages", "{\"lang\": \"it\", \"title\": \"Legge\"}")
        .problem(400, "lang");
    admin()
        .post(
            "laws/" + slug + "/languages",
            "{\"lang\": \"pt\", \"title\": \"Lei\", \"headings\": {\"chp_9\": \"x\"}}")
        .problem(400, "headings");
  }
}
