package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rounds open on a version, take comments only while open, and keep what was said. */
public interface ConsultationRoundContract extends ConsultationFixture {

  @Test
  default void aRoundTakesCommentsOnlyWhileOpenAndKeepsThemAfterwards() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"v1\"}").expect(201);
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
    JsonObject round = round(slug, tomorrow, tomorrow.plus(Duration.ofDays(30)));
    long id = round.getJsonNumber("id").longValue();
    assertEquals("scheduled", round.getString("status"));
    assertEquals(1, round.getInt("version"));
    Api participant = participant();
    String comments = "consultations/" + id + "/comments";
    String body = "{\"article\": \"art_1\", \"text\": \"Pronto.\"}";
    participant.post(comments, body).problem(409, "consultation");

    String path = "laws/" + slug + "/consultations/" + id;
    assertEquals(
        "open",
        admin().patch(path, "{\"status\": \"open\"}").expect(200).json().getString("status"));
    long comment = comment(participant, id, "art_1", "A tiempo.");
    assertEquals(
        "closed",
        admin().patch(path, "{\"status\": \"closed\"}").expect(200).json().getString("status"));

    participant.post(comments, body).problem(409, "consultation", "round-closed");
    participant
        .post("comments/" + comment + "/replies", "{\"text\": \"Tarde.\"}")
        .problem(409, "consultation", "round-closed");
    participant
        .put("comments/" + comment, "{\"text\": \"Editado.\"}", null)
        .problem(409, "consultation");
    var listed = participant.get(comments).expect(200).array();
    assertEquals(1, listed.size());
    assertEquals("A tiempo.", listed.getJsonObject(0).getString("text"));
    admin()
        .put(
            "comments/" + comment + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Gracias.\"}",
            null)
        .expect(200);
    admin().patch(path, "{\"status\": \"closed\"}").problem(409, "consultation");
  }

  @Test
  default void roundsOnSuccessiveVersionsAreKeptApartAndCompared() {
    String slug = newLaw();
    long first = openRound(slug);
    Api participant = participant();
    comment(participant, first, "art_1", "Primera ronda.");
    edit(slug, "art_1", "La presente Ley garantiza la paridad plena.");
    long second = openRound(slug);
    comment(participant, second, "art_2", "Segunda ronda.");

    var inFirst = admin().get("consultations/" + first + "/comments").expect(200).array();
    var inSecond = admin().get("consultations/" + second + "/comments").expect(200).array();
    assertEquals(1, inFirst.size());
    assertEquals("art_1", inFirst.getJsonObject(0).getString("article"));
    assertEquals(1, inSecond.size());
    assertEquals("art_2", inSecond.getJsonObject(0).getString("article"));
    var rounds = anonymous().get("laws/" + slug + "/consultations").expect(200).array();
    assertEquals(2, rounds.size());
    assertEquals(2, rounds.getJsonObject(1).getInt("version"));

    var comparison =
        admin()
            .get("laws/" + slug + "/consultations/" + first + "/compare?with=" + second)
            .expect(200)
            .json()
            .getJsonArray("articles");
    JsonObject art1 = comparison.getJsonObject(0);
    assertEquals("art_1", art1.getString("eId"));
    assertTrue(art1.getBoolean("textChanged"));
    assertEquals(1, art1.getJsonObject("tally").getInt("comments"));
    assertEquals(0, art1.getJsonObject("withTally").getInt("comments"));
    JsonObject art2 = comparison.getJsonObject(1);
    assertFalse(art2.getBoolean("textChanged"));
    assertEquals(1, art2.getJsonObject("withTally").getInt("comments"));
  }

  @Test
  default void participantsRegisterThemselvesAndDraftersSeeThem() {
    Api participant = participant("BR", "academia");
    var me = participant.get("participants/me").expect(200).json();
    assertEquals("BR", me.getString("country"));
    assertEquals("academia", me.getString("sector"));
    var account = participant.get("accounts/me").expect(200).json();
    assertEquals("[\"participant\"]", account.getJsonArray("roles").toString());
    var all = admin().get("participants").expect(200).array().toString();
    assertTrue(all.contains(me.getString("username")), all);
    participant.get("participants").problem(403, null);
    anonymous().get("participants").problem(401, null);
  }

  @Test
  default void registrationRefusesWhatItCannotUse() {
    String valid =
        """
        {"username": "u-%s", "password": "long-enough-pw", "email": "a@b.org",
         "organisation": "O", "country": "CL", "sector": "government"}
        """
            .formatted(Long.toHexString(System.nanoTime()));
    anonymous().post("participants", valid.replace("\"CL\"", "\"XX\"")).problem(400, "country");
    anonymous().post("participants", valid.replace("\"CL\"", "\"Chile\"")).problem(400, "country");
    anonymous()
        .post("participants", valid.replace("government", "ministry"))
        .problem(400, "sector");
    anonymous().post("participants", valid.replace("a@b.org", "not-mail")).problem(400, "email");
    anonymous()
        .post("participants", valid.replace("long-enough-pw", "short"))
        .problem(400, "password");
    anonymous()
        .post("participants", valid.replace("\"organisation\"", "\"role\""))
        .problem(400, "role");
    anonymous().post("participants", valid).expect(201);
    anonymous().post("participants", valid).problem(409, "username", "taken");
  }

  @Test
  default void openingARoundChecksItsTerms() {
    String slug = newLaw();
    String rounds = "laws/" + slug + "/consultations";
    String end = Instant.now().plus(Duration.ofDays(1)).toString();
    admin()
        .post(rounds, "{\"title\": \"R\", \"endsAt\": \"%s\"}".formatted(end))
        .problem(400, "version");
    admin().post("laws/" + slug + "/versions", "{\"label\": \"v1\"}").expect(201);
    admin()
        .post(rounds, "{\"title\": \"R\", \"endsAt\": \"tomorrow\"}")
        .problem(400, "endsAt", "invalid-format");
    admin().post(rounds, "{\"title\": \"R\"}").problem(400, "endsAt", "required");
    admin().post(rounds, "{\"endsAt\": \"%s\"}".formatted(end)).problem(400, "title", "required");
    admin()
        .post(
            rounds,
            "{\"title\": \"R\", \"startsAt\": \"%s\", \"endsAt\": \"%s\"}"
                .formatted(end, Instant.now()))
        .problem(400, "endsAt", "out-of-range");
    admin()
        .post(
            rounds,
            "{\"title\": \"R\", \"languages\": [\"fr\"], \"endsAt\": \"%s\"}".formatted(end))
        .problem(400, "languages");
    admin()
        .post(rounds, "{\"title\": \"R\", \"version\": 9, \"endsAt\": \"%s\"}".formatted(end))
        .problem(404, "version");
    participant()
        .post(rounds, "{\"title\": \"R\", \"endsAt\": \"%s\"}".formatted(end))
        .problem(403, null);
    admin().get(rounds + "/abc").problem(400, "consultation");
    admin().get(rounds + "/999999").problem(404, "consultation");
    long id = openRound(slug);
    admin().patch(rounds + "/" + id, "{\"status\": \"paused\"}").problem(400, "status");
  }
}
