package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deleted article comes back from its history: same eId, last text, old place, new revision. */
public interface ArticleRestoreContract extends ApiContract {
  @Test
  default void aRestoredArticleReturnsWithItsLastTextInEveryLanguageAsANewRevision() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_2";
    admin()
        .put(path + "?lang=en", "{\"text\": \"1. Parity is equality.\"}", "\"en-1\"")
        .expect(200);
    admin().delete(path).expect(204);
    var restored =
        admin().post(path + "/restore?lang=en", "{\"message\": \"Kept after all\"}").expect(200);
    assertEquals("\"en-4\"", restored.header("ETag"));
    assertEquals("art_2", restored.json().getString("eId"));
    assertEquals(2, restored.json().getInt("number"));
    assertEquals("1. Parity is equality.", restored.json().getString("text"));
    assertEquals(List.of("1:art_1", "2:art_2", "3:art_3"), articleOrder(slug));
    var es = anonymous().get(path + "?lang=es").expect(200).json();
    assertEquals("Definiciones", es.getString("heading"));
    assertEquals("1. Paridad es la igualdad.\n\n2. Alternancia es el orden.", es.getString("text"));
    var history = anonymous().get(path + "/revisions?lang=es").expect(200).array();
    JsonObject last = history.getJsonObject(history.size() - 1);
    assertEquals(
        List.of(3, "RESTORED", "admin", "Kept after all"),
        List.of(
            last.getInt("number"),
            last.getString("change"),
            last.getString("author"),
            last.getString("message")));
    admin().put(path + "?lang=en", "{\"text\": \"Parity.\"}", "\"en-4\"").expect(200);
  }

  @Test
  default void aRestoredArticleGoesBackBeforeWhatWasInsertedAfterItsPredecessorMeanwhile() {
    String slug = newLaw();
    String articles = "laws/" + slug + "/articles";
    admin().delete(articles + "/art_2").expect(204);
    admin()
        .post(articles, "{\"after\": \"art_1\", \"texts\": {\"en\": {\"text\": \"New.\"}}}")
        .expect(201);
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Without it\"}").expect(201);
    admin().post(articles + "/art_2/restore", "{}").expect(200);
    assertEquals(List.of("1:art_1", "2:art_2", "3:art_4", "4:art_3"), articleOrder(slug));
    admin().post("laws/" + slug + "/versions", "{\"label\": \"With it\"}").expect(201);
    var diff = anonymous().get("laws/" + slug + "/diff?from=1&to=2&lang=en").expect(200).json();
    var first = diff.getJsonArray("articles").getJsonObject(0);
    assertEquals("art_2", first.getString("eId"));
    assertEquals("[\"ADDED\"]", first.getJsonArray("statuses").toString());
    var history = anonymous().get(articles + "/art_2/revisions?lang=en").expect(200).array();
    assertEquals("Restore", history.getJsonObject(2).getString("message"));
  }

  @Test
  default void onlyADeletedArticleCanBeRestored() {
    String slug = newLaw();
    String articles = "laws/" + slug + "/articles";
    admin().post(articles + "/art_1/restore", "{}").problem(409, "article");
    admin().post(articles + "/art_9/restore", "{}").problem(404, "eId");
    admin().delete(articles + "/art_1").expect(204);
    admin().post(articles + "/art_1/restore", "{\"note\": \"x\"}").problem(400, "note");
    admin().post(articles + "/art_1/restore", "{}").expect(200);
    admin().post(articles + "/art_1/restore", "{}").problem(409, "article");
  }

  @Test
  default void revisionsAndVersionsNameTheirAuthorByDisplayName() {
    String slug = newLaw();
    String username = "maria-" + Long.toHexString(System.nanoTime());
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"displayName\": \"María López\", \"password\": \"journey-password\", \"roles\": [\"drafter\"]}"
                .formatted(username))
        .expect(201);
    Api maria = anonymous().as(username, "journey-password");
    maria.delete("laws/" + slug + "/articles/art_3").expect(204);
    var recorded =
        maria.post("laws/" + slug + "/versions", "{\"label\": \"Draft 1\"}").expect(201).json();
    assertEquals("María López", recorded.getString("authorName"));
    var history = anonymous().get("laws/" + slug + "/articles/art_3/revisions?lang=en").array();
    assertEquals(
        List.of(username, "María López"),
        List.of(
            history.getJsonObject(1).getString("author"),
            history.getJsonObject(1).getString("authorName")));
    var versions = anonymous().get("laws/" + slug + "/versions").array();
    assertEquals("María López", versions.getJsonObject(0).getString("authorName"));
  }
}
