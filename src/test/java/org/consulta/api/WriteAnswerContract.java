package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Every write answers with what it wrote, even while another drafter keeps editing the same
 * article: an answer read after the commit would show that drafter's later revision instead.
 */
public interface WriteAnswerContract extends ConsultationFixture {
  int WRITES = 15;

  /**
   * Edits {@code path} again and again until {@code stop}, changing only a note put before the
   * text, of a different length each time so that every passage after it moves; each edit is based
   * on the ETag and text of the answer to the one before. Returns how many edits were made.
   */
  private Future<Integer> keepEditing(ExecutorService pool, String path, AtomicBoolean stop) {
    Api editor = drafter();
    return pool.submit(
        () -> {
          Api.Reply read = editor.get(path).expect(200);
          String etag = read.header("ETag");
          String text = read.json().getString("text");
          int edits = 0;
          while (!stop.get()) {
            String next =
                "Note " + "k".repeat(edits % 5 + 1) + ". " + text.replaceFirst("^Note k+\\. ", "");
            String body = Json.createObjectBuilder().add("text", next).build().toString();
            Api.Reply edited = editor.put(path, body, etag).expect(200);
            etag = edited.header("ETag");
            text = edited.json().getJsonObject("article").getString("text");
            edits++;
          }
          return edits;
        });
  }

  @Test
  default void movesAndConfirmationsAnswerWithTheirOwnRevision() throws Exception {
    String slug = newLaw();
    String article = "laws/" + slug + "/articles/art_1";
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicBoolean stop = new AtomicBoolean();
    try {
      Future<Integer> editor = keepEditing(pool, article + "?lang=en", stop);
      for (int i = 0; i < WRITES; i++) {
        String to = i % 2 == 0 ? "{\"after\": \"art_2\"}" : "{\"division\": \"chp_1\"}";
        Api.Reply moved = admin().post(article + "/move?lang=en", to).expect(200);
        JsonObject view = moved.json();
        assertEquals("\"en-" + view.getInt("revision") + "\"", moved.header("ETag"));
        assertEquals(i % 2 == 0 ? 2 : 1, view.getInt("number"), view::toString);
        JsonObject written =
            anonymous().get(article + "/revisions/" + view.getInt("revision") + "?lang=en").json();
        JsonObject own = written.getJsonObject("revision");
        assertEquals("MOVED", own.getString("change"), () -> view + " is " + written);
        assertEquals("admin", own.getString("author"), written::toString);
        assertEquals(view.getString("text"), written.getString("text"));

        JsonObject confirmed =
            admin().post(article + "/confirm-translation?lang=es", "").expect(200).json();
        assertFalse(confirmed.containsKey("needsUpdate"), confirmed::toString);
      }
      stop.set(true);
      assertTrue(editor.get() > 0, "the other drafter kept editing meanwhile");
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  @Test
  default void aWriteThatCannotAnswerInTheLanguageAskedSavesNothing() {
    String slug = newLaw();
    String articles = "laws/" + slug + "/articles";
    String insert = "{\"after\": \"art_3\", \"texts\": {\"es\": {\"text\": \"Nuevo.\"}}}";
    admin().post(articles + "?lang=fr", insert).problem(404, "lang");
    admin().post(articles + "/art_1/move?lang=fr", "{\"after\": \"art_2\"}").problem(404, "lang");
    anonymous().get(articles + "/art_4").problem(404, "eId");
    assertEquals(1, anonymous().get(articles + "/art_1/revisions?lang=es").array().size());
  }

  @Test
  default void commentWritesAnswerWithTheAnchorOnTheTextTheyLeft() throws Exception {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    String quote = "paridad";
    long id = commentOn(author, round, "art_1", 29, 36, quote).getJsonNumber("id").longValue();
    long suggestion = suggest(author, round, 3, 11, "presente", "actual");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicBoolean stop = new AtomicBoolean();
    try {
      Future<Integer> editor = keepEditing(pool, "laws/" + slug + "/articles/art_1?lang=es", stop);
      for (int i = 0; i < WRITES; i++) {
        String answer = "{\"disposition\": \"noted\", \"response\": \"Vista %d.\"}".formatted(i);
        JsonObject answered =
            admin().put("comments/" + id + "/disposition", answer, null).expect(200).json();
        assertEquals(
            quote, answered.getJsonObject("anchor").getString("quote"), answered::toString);
        String text = "{\"text\": \"Sobre este pasaje, %d.\"}".formatted(i);
        JsonObject edited = author.put("comments/" + id, text, null).expect(200).json();
        assertEquals(quote, edited.getJsonObject("anchor").getString("quote"), edited::toString);
      }
      JsonObject hidden =
          admin().post("comments/" + id + "/hide", "{\"reason\": \"Prueba.\"}").expect(200).json();
      assertEquals(quote, hidden.getJsonObject("anchor").getString("quote"), hidden::toString);

      String path = "consultations/" + round + "/suggestions/" + suggestion + "/accept";
      JsonObject accepted = admin().post(path, "{\"response\": \"Sí.\"}").expect(200).json();
      int implemented =
          accepted.getJsonObject("suggestion").getJsonObject("disposition").getInt("implementedIn");
      assertEquals(
          implemented,
          accepted.getJsonObject("review").getJsonObject("current").getInt("revision"),
          accepted::toString);
      JsonObject own =
          anonymous()
              .get("laws/" + slug + "/articles/art_1/revisions/" + implemented + "?lang=es")
              .json();
      assertEquals("admin", own.getJsonObject("revision").getString("author"), own::toString);
      assertTrue(own.getString("text").contains("La actual Ley"), own::toString);
      stop.set(true);
      assertTrue(editor.get() > 0, "the other drafter kept editing meanwhile");
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  private static long suggest(Api who, long round, int start, int end, String quote, String by) {
    return who.post(
            "consultations/" + round + "/suggestions",
            """
            {"article": "art_1", "lang": "es", "passage": {"start": %d, "end": %d, "quote": "%s"},
             "replacement": "%s"}
            """
                .formatted(start, end, quote, by))
        .expect(201)
        .json()
        .getJsonObject("suggestion")
        .getJsonNumber("id")
        .longValue();
  }
}
