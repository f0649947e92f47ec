package org.consulta.api;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Drafters, participants and open rounds for the consultation contracts. */
public interface ConsultationFixture extends ApiContract {
  /** A new drafter account, logged in. */
  default Api drafter() {
    return anonymous().as(newAccount("drafter", PASSWORD, "drafter"), PASSWORD);
  }

  /** A newly registered participant from {@code country} and {@code sector}, logged in. */
  default Api participant(String country, String sector) {
    String username = "p-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Participant %s", "password": "%s",
             "email": "%s@example.org", "organisation": "Org %s", "country": "%s", "sector": "%s"}
            """
                .formatted(username, username, PASSWORD, username, country, country, sector))
        .expect(201);
    return anonymous().as(username, PASSWORD);
  }

  default Api participant() {
    return participant("MX", "civil_society");
  }

  /** Records a version of the law and opens a round on it, open from now for a day. */
  default long openRound(String slug) {
    admin().post("laws/" + slug + "/versions", "{\"label\": \"For consultation\"}").expect(201);
    return round(slug, null, Instant.now().plus(Duration.ofDays(1)))
        .getJsonNumber("id")
        .longValue();
  }

  default JsonObject round(String slug, Instant startsAt, Instant endsAt) {
    String start = startsAt == null ? "" : "\"startsAt\": \"" + startsAt + "\", ";
    return admin()
        .post(
            "laws/" + slug + "/consultations",
            "{\"title\": \"Round\", %s\"endsAt\": \"%s\"}".formatted(start, endsAt))
        .expect(201)
        .json();
  }

  /** A comment on the whole of {@code eId} in Spanish; returns its id. */
  default long comment(Api who, long round, String eId, String text) {
    return who.post(
            "consultations/" + round + "/comments",
            "{\"article\": \"%s\", \"lang\": \"es\", \"text\": \"%s\"}".formatted(eId, text))
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** A comment on the passage {@code [start, end)} (code points) of {@code eId} in Spanish. */
  default JsonObject commentOn(Api who, long round, String eId, int start, int end, String quote) {
    return who.post(
            "consultations/" + round + "/comments",
            """
            {"article": "%s", "lang": "es", "passage": {"start": %d, "end": %d, "quote": "%s"},
             "text": "Sobre este pasaje."}
            """
                .formatted(eId, start, end, quote))
        .expect(201)
        .json();
  }

  /** Replaces the Spanish text of {@code eId}, based on its current revision. */
  default void edit(String slug, String eId, String text) {
    String path = "laws/" + slug + "/articles/" + eId + "?lang=es";
    String etag = admin().get(path).expect(200).header("ETag");
    admin().put(path, "{\"text\": \"%s\"}".formatted(text), etag).expect(200);
  }
}
