package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Drafters edit a round (its title and description, in each of its languages, and its end) and
 * reopen a closed one with a new end; every refused edit names its field and changes nothing.
 */
public interface RoundEditingContract extends ConsultationFixture {

  private static String path(String slug, long round) {
    return "laws/" + slug + "/consultations/" + round;
  }

  @Test
  default void aRoundIsRetitledInEachLanguageAndItsEndMoved() {
    String slug = newLaw();
    long round = openRound(slug);
    Instant end = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
    JsonObject edited =
        drafter()
            .patch(
                path(slug, round),
                """
                {"title": "Consulta regional", "description": "Primera ronda.",
                 "texts": {"es": {"title": "Consulta regional", "description": "Primera ronda."},
                           "en": {"title": "Regional consultation"}},
                 "endsAt": "%s"}
                """
                    .formatted(end))
            .expect(200)
            .json();
    assertEquals("Consulta regional", edited.getString("title"));
    assertEquals("Primera ronda.", edited.getString("description"));
    assertEquals(end.toString(), edited.getString("endsAt"));
    assertEquals("open", edited.getString("status"));
    JsonObject read = anonymous().get(path(slug, round)).expect(200).json();
    JsonObject texts = read.getJsonObject("texts");
    assertEquals("Regional consultation", texts.getJsonObject("en").getString("title"));
    assertEquals("", texts.getJsonObject("en").getString("description"));
    assertEquals("Primera ronda.", texts.getJsonObject("es").getString("description"));

    drafter()
        .patch(path(slug, round), "{\"texts\": {\"en\": {\"title\": \"Regional round\"}}}")
        .expect(200);
    JsonObject again = anonymous().get(path(slug, round)).expect(200).json();
    assertEquals(
        "Regional round", again.getJsonObject("texts").getJsonObject("en").getString("title"));
    assertEquals(
        "Consulta regional", again.getJsonObject("texts").getJsonObject("es").getString("title"));
  }

  @Test
  default void aRoundOpensWithItsTextsInEachLanguage() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"v1\"}").expect(201);
    String end = Instant.now().plus(Duration.ofDays(30)).toString();
    JsonObject round =
        drafter()
            .post(
                "laws/" + slug + "/consultations",
                """
                {"title": "Ronda", "endsAt": "%s",
                 "texts": {"en": {"title": "Round", "description": "On the draft."}}}
                """
                    .formatted(end))
            .expect(201)
            .json();
    assertEquals("Ronda", round.getString("title"));
    assertEquals(
        "On the draft.", round.getJsonObject("texts").getJsonObject("en").getString("description"));
    assertFalse(round.getJsonObject("texts").containsKey("es"));
  }

  @Test
  default void aClosedRoundIsReopenedOnlyWithAnEndInTheFuture() {
    String slug = newLaw();
    long round = openRound(slug);
    String path = path(slug, round);
    drafter().patch(path, "{\"status\": \"closed\"}").expect(200);
    Api participant = participant();
    String comments = "consultations/" + round + "/comments";
    String body = "{\"article\": \"art_1\", \"text\": \"Otra vez.\"}";
    participant.post(comments, body).problem(409, "consultation", "round-closed");

    String past = Instant.now().minus(Duration.ofDays(1)).toString();
    String future = Instant.now().plus(Duration.ofDays(10)).toString();
    drafter().patch(path, "{\"status\": \"open\"}").problem(400, "endsAt", "out-of-range");
    drafter()
        .patch(path, "{\"status\": \"open\", \"endsAt\": \"%s\"}".formatted(past))
        .problem(400, "endsAt", "out-of-range");
    drafter()
        .patch(path, "{\"endsAt\": \"%s\"}".formatted(future))
        .problem(409, "consultation", "round-closed");
    assertEquals("closed", anonymous().get(path).expect(200).json().getString("status"));

    JsonObject reopened =
        drafter()
            .patch(path, "{\"status\": \"open\", \"endsAt\": \"%s\"}".formatted(future))
            .expect(200)
            .json();
    assertEquals("open", reopened.getString("status"));
    comment(participant, round, "art_1", "Otra vez.");
    drafter()
        .patch(path, "{\"status\": \"open\", \"endsAt\": \"%s\"}".formatted(future))
        .problem(409, "status", "conflict");
  }

  @Test
  default void badRoundEditsNameTheirFieldAndChangeNothing() {
    String slug = newLaw();
    long round = openRound(slug);
    String path = path(slug, round);
    Api drafter = drafter();
    drafter
        .patch(path, "{\"title\": \"Nuevo\", \"texts\": {\"fr\": {\"title\": \"Tour\"}}}")
        .problem(400, "texts.fr", "invalid");
    drafter.patch(path, "{\"texts\": {\"xx\": {\"title\": \"X\"}}}").problem(400, "texts.xx");
    drafter
        .patch(path, "{\"texts\": {\"es\": {\"description\": \"Sin título\"}}}")
        .problem(400, "texts.es.title", "required");
    drafter
        .patch(path, "{\"texts\": {\"es\": {\"title\": \"T\", \"colour\": 1}}}")
        .problem(400, "texts.es.colour", "unknown-field");
    drafter.patch(path, "{\"title\": \"  \"}").problem(400, "title", "required");
    drafter
        .patch(path, "{\"title\": \"%s\"}".formatted("x".repeat(501)))
        .problem(400, "title", "too-long");
    drafter.patch(path, "{\"texts\": [1]}").problem(400, "texts", "invalid-format");
    participant().patch(path, "{\"title\": \"Mío\"}").problem(403, null, "forbidden");
    JsonObject unchanged = anonymous().get(path).expect(200).json();
    assertEquals("Round", unchanged.getString("title"));
    assertEquals(0, unchanged.getJsonObject("texts").size());
  }
}
