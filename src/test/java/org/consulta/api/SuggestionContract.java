package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Suggestions are redlined, rebased on the current text, and accepted through the merge. */
public interface SuggestionContract extends ConsultationFixture {

  private JsonObject suggest(Api who, long round, String json) {
    return who.post("consultations/" + round + "/suggestions", json).expect(201).json();
  }

  /** Proposes "asegura" for "garantiza" in art_1 ("La presente Ley garantiza la paridad."). */
  private long suggestAsegura(Api who, long round) {
    return suggest(
            who,
            round,
            """
            {"article": "art_1", "lang": "es", "passage": {"start": 16, "end": 25, "quote": "garantiza"},
             "replacement": "asegura", "text": "Más preciso."}
            """)
        .getJsonObject("suggestion")
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  default void aSuggestionIsRedlinedThenRebasedWhenTheArticleMovesOn() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    long id = suggestAsegura(participant, round);
    String path = "consultations/" + round + "/suggestions/" + id;
    JsonObject review = participant.get(path).expect(200).json().getJsonObject("review");
    assertEquals("La presente Ley asegura la paridad.", review.getString("proposedText"));
    assertTrue(
        review
            .getJsonObject("redline")
            .getString("html")
            .contains("<del>garantiza</del><ins>asegura</ins>"),
        review.toString());
    assertEquals("unchanged", review.getJsonObject("current").getString("status"));

    edit(slug, "art_1", "La presente Ley garantiza la paridad en todo el Estado.");
    JsonObject current =
        participant.get(path).json().getJsonObject("review").getJsonObject("current");
    assertEquals("clean", current.getString("status"));
    assertEquals(
        "La presente Ley asegura la paridad en todo el Estado.", current.getString("text"));
    assertEquals(2, current.getInt("revision"));

    JsonObject accepted =
        admin()
            .post(path + "/accept", "{\"response\": \"Aceptada.\"}")
            .expect(200)
            .json()
            .getJsonObject("suggestion");
    assertEquals("accepted", accepted.getJsonObject("disposition").getString("value"));
    assertEquals(3, accepted.getJsonObject("disposition").getInt("implementedIn"));
    var article = anonymous().get("laws/" + slug + "/articles/art_1?lang=es").json();
    assertEquals(
        "La presente Ley asegura la paridad en todo el Estado.", article.getString("text"));
    var revision = anonymous().get("laws/" + slug + "/articles/art_1/revisions/3?lang=es").json();
    assertTrue(
        revision.getJsonObject("revision").getString("message").contains("suggestion " + id),
        revision.toString());
    admin().post(path + "/accept", "{\"response\": \"Otra vez.\"}").problem(409, "suggestion");
  }

  @Test
  default void aConflictingSuggestionIsFlaggedAndAcceptingItSavesNothing() {
    String slug = newLaw();
    long round = openRound(slug);
    long id = suggestAsegura(participant(), round);
    edit(slug, "art_1", "La presente Ley protege la paridad.");
    String path = "consultations/" + round + "/suggestions/" + id;
    JsonObject current =
        admin().get(path).expect(200).json().getJsonObject("review").getJsonObject("current");
    assertEquals("conflicting", current.getString("status"));
    assertEquals("protege", current.getJsonArray("conflicts").getJsonObject(0).getString("theirs"));
    admin().post(path + "/accept", "{\"response\": \"Sí.\"}").expect(409);
    assertEquals(
        2, anonymous().get("laws/" + slug + "/articles/art_1?lang=es").json().getInt("revision"));
    JsonObject suggestion = admin().get(path).json().getJsonObject("suggestion");
    assertFalse(suggestion.containsKey("disposition"), suggestion.toString());
  }

  @Test
  default void draftersAcceptWithChangesOrDecline() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    long first = suggestAsegura(participant, round);
    String whole =
        """
        {"article": "art_3", "lang": "es", "replacement": "Esta Ley entra en vigor a los treinta días."}
        """;
    long second =
        suggest(participant, round, whole)
            .getJsonObject("suggestion")
            .getJsonNumber("id")
            .longValue();
    String base = "consultations/" + round + "/suggestions/";
    participant.post(base + first + "/accept", "{\"response\": \"x\"}").problem(403, null);
    var partial =
        admin()
            .post(
                base + first + "/accept",
                "{\"text\": \"La presente Ley asegura plenamente la paridad.\", \"response\": \"Con cambios.\"}")
            .expect(200)
            .json();
    assertEquals(
        "partially_accepted",
        partial.getJsonObject("suggestion").getJsonObject("disposition").getString("value"));
    var declined =
        admin()
            .post(base + second + "/decline", "{\"response\": \"Plazo corto.\"}")
            .expect(200)
            .json();
    assertEquals(
        "not_accepted",
        declined.getJsonObject("suggestion").getJsonObject("disposition").getString("value"));
    var listed = admin().get("consultations/" + round + "/suggestions").expect(200).array();
    assertEquals(2, listed.size());
    assertEquals(
        2, admin().get("consultations/" + round + "/comments?kind=suggestion").array().size());
  }

  @Test
  default void aSuggestionMustChangeSomething() {
    String slug = newLaw();
    long round = openRound(slug);
    participant()
        .post(
            "consultations/" + round + "/suggestions",
            """
            {"article": "art_1", "passage": {"start": 16, "end": 25}, "replacement": "garantiza"}
            """)
        .problem(400, "replacement");
    participant()
        .post("consultations/" + round + "/suggestions", "{\"article\": \"art_1\"}")
        .problem(400, "replacement");
  }
}
