package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Comments on passages follow the text; threads, edits, hiding and answers respect roles. */
public interface CommentContract extends ConsultationFixture {

  @Test
  default void aPassageAnchorFollowsEditsWithAnHonestState() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    // "La presente Ley garantiza la paridad." — "garantiza" is [16, 25).
    long id =
        commentOn(participant, round, "art_1", 16, 25, "garantiza").getJsonNumber("id").longValue();
    JsonObject created = participant.get("comments/" + id).expect(200).json();
    assertEquals("exact", created.getJsonObject("anchor").getString("state"));
    assertEquals("La presente Ley ", created.getJsonObject("passage").getString("prefix"));

    edit(slug, "art_1", "Artículo primero. La presente Ley garantiza la paridad.");
    JsonObject anchor =
        participant.get("comments/" + id).expect(200).json().getJsonObject("anchor");
    assertEquals("exact", anchor.getString("state"));
    assertEquals(34, anchor.getInt("start"));
    assertEquals("garantiza", anchor.getString("quote"));
    assertEquals(2, anchor.getInt("revision"));

    edit(slug, "art_1", "Artículo primero. La presente Ley no garantiza la paridad.");
    assertEquals("exact", state(participant, id));
    edit(slug, "art_1", "Artículo primero. La presente Ley asegura la paridad.");
    assertEquals("changed", state(participant, id));
    edit(slug, "art_1", "Artículo primero. La paridad.");
    JsonObject orphaned = participant.get("comments/" + id).expect(200).json();
    assertEquals("orphaned", orphaned.getJsonObject("anchor").getString("state"));
    assertEquals(5, orphaned.getJsonObject("anchor").getInt("orphanedIn"));
    assertEquals("garantiza", orphaned.getJsonObject("passage").getString("quote"));
    assertEquals(1, orphaned.getInt("revision"));

    var review =
        admin()
            .get("consultations/" + round + "/comments?state=changed,orphaned")
            .expect(200)
            .array();
    assertEquals(1, review.size());
    assertEquals(0, admin().get("consultations/" + round + "/comments?state=exact").array().size());
  }

  @Test
  default void offsetsCountCodePointsAndOldRevisionsAreCarriedToTheCurrentText() {
    String slug = newLaw();
    long round = openRound(slug);
    edit(slug, "art_3", "🗳️ Esta Ley entra en vigor al día siguiente de su publicación.");
    Api participant = participant();
    // In revision 1 "vigor" is [18, 23); the comment names that revision after the text moved on.
    var created =
        participant
            .post(
                "consultations/" + round + "/comments",
                """
                {"article": "art_3", "lang": "es", "revision": 1,
                 "passage": {"start": 18, "end": 23, "quote": "vigor"}, "text": "¿Cuándo?"}
                """)
            .expect(201)
            .json();
    assertEquals(1, created.getInt("revision"));
    JsonObject anchor = created.getJsonObject("anchor");
    assertEquals("exact", anchor.getString("state"));
    assertEquals("vigor", anchor.getString("quote"));
    // The emoji and its variation selector are two code points (three UTF-16 units).
    assertEquals(21, anchor.getInt("start"));
  }

  @Test
  default void threadsBelongToTheirParticipantAndTheDrafters() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    Api other = participant("CA", "government");
    long id = comment(author, round, "art_2", "Falta una definición.");
    admin().post("comments/" + id + "/replies", "{\"text\": \"¿Cuál?\"}").expect(201);
    author.post("comments/" + id + "/replies", "{\"text\": \"Acoso.\"}").expect(201);
    var replies = author.get("comments/" + id + "/replies").expect(200).array();
    assertEquals(2, replies.size());
    assertEquals("reply", replies.getJsonObject(0).getString("kind"));
    assertEquals(id, replies.getJsonObject(1).getJsonNumber("parent").longValue());

    other.get("comments/" + id).problem(404, "comment");
    other
        .post("comments/" + id + "/replies", "{\"text\": \"Yo también.\"}")
        .problem(404, "comment");
    other.put("comments/" + id, "{\"text\": \"Cambiado.\"}", null).problem(404, "comment");
    assertEquals(0, other.get("consultations/" + round + "/comments").array().size());
    assertEquals(1, admin().get("consultations/" + round + "/comments").array().size());
  }

  @Test
  default void editingKeepsTheHistoryAndOnlyTheAuthorEdits() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Primera idea.");
    author.put("comments/" + id, "{\"text\": \"Segunda idea.\"}", null).expect(200);
    admin().put("comments/" + id, "{\"text\": \"Del redactor.\"}", null).problem(403, "comment");
    var history = author.get("comments/" + id + "/history").expect(200).array();
    assertEquals(2, history.size());
    assertEquals("Primera idea.", history.getJsonObject(0).getString("text"));
    assertEquals("Segunda idea.", history.getJsonObject(1).getString("text"));
    assertEquals("Segunda idea.", author.get("comments/" + id).json().getString("text"));
  }

  @Test
  default void draftersHideWithAReasonAndNeverDelete() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Texto ofensivo.");
    author.post("comments/" + id + "/hide", "{\"reason\": \"x\"}").problem(403, null);
    admin().post("comments/" + id + "/hide", "{}").problem(400, "reason");
    var hidden =
        admin().post("comments/" + id + "/hide", "{\"reason\": \"Insultos.\"}").expect(200).json();
    assertEquals("Insultos.", hidden.getJsonObject("hidden").getString("reason"));
    admin().post("comments/" + id + "/hide", "{\"reason\": \"Otra vez.\"}").problem(409, "comment");
    var own = author.get("comments/" + id).expect(200).json();
    assertEquals("Texto ofensivo.", own.getString("text"));
    assertEquals("Insultos.", own.getJsonObject("hidden").getString("reason"));
    assertEquals(1, admin().get("consultations/" + round + "/comments").array().size());
  }

  @Test
  default void onlyDraftersAnswerAndAnswersLinkTheRevision() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Agregar plena.");
    String answer =
        "{\"disposition\": \"accepted\", \"response\": \"Incorporado.\", \"revision\": %d}";
    author.put("comments/" + id + "/disposition", answer.formatted(1), null).problem(403, null);
    admin()
        .put("comments/" + id + "/disposition", answer.formatted(7), null)
        .problem(404, "revision");
    admin()
        .put(
            "comments/" + id + "/disposition",
            answer.replace("accepted", "maybe").formatted(1),
            null)
        .problem(400, "disposition");
    edit(slug, "art_1", "La presente Ley garantiza la paridad plena.");
    admin().put("comments/" + id + "/disposition", answer.formatted(2), null).expect(200);
    var seen = author.get("comments/" + id).expect(200).json().getJsonObject("disposition");
    assertEquals("accepted", seen.getString("value"));
    assertEquals("Incorporado.", seen.getString("response"));
    assertEquals(2, seen.getInt("implementedIn"));
    long reply =
        author
            .post("comments/" + id + "/replies", "{\"text\": \"Gracias.\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    admin()
        .put("comments/" + reply + "/disposition", answer.formatted(2), null)
        .problem(400, "comment");
  }

  @Test
  default void draftersFilterTheQueue() {
    String slug = newLaw();
    long round = openRound(slug);
    Api mexico = participant("MX", "civil_society");
    Api peru = participant("PE", "parliament");
    long first = comment(mexico, round, "art_1", "Uno.");
    comment(peru, round, "art_2", "Dos.");
    comment(peru, round, "art_2", "Tres.");
    admin()
        .put(
            "comments/" + first + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Ok.\"}",
            null)
        .expect(200);
    String list = "consultations/" + round + "/comments";
    assertEquals(2, admin().get(list + "?country=PE").array().size());
    assertEquals(1, admin().get(list + "?sector=civil_society").array().size());
    assertEquals(2, admin().get(list + "?article=art_2").array().size());
    assertEquals(2, admin().get(list + "?disposition=none").array().size());
    var noted = admin().get(list + "?disposition=noted").array();
    assertEquals(1, noted.size());
    assertEquals(first, noted.getJsonObject(0).getJsonNumber("id").longValue());
    var page = admin().get(list + "?offset=1&limit=1").expect(200);
    assertEquals("3", page.header("X-Total-Count"));
    assertEquals(1, page.array().size());
    assertEquals("Dos.", page.array().getJsonObject(0).getString("text"));
    admin().get(list + "?limit=0").problem(400, "limit");
    admin().get(list + "?offset=x").problem(400, "offset");
    admin().get(list + "?sector=ministry").problem(400, "sector");
    admin().get(list + "?state=lost").problem(400, "state");
    admin().get(list + "?disposition=maybe").problem(400, "disposition");
    // The round does not publish its contributions: the public sees none of them.
    assertEquals(0, anonymous().get(list).expect(200).array().size());
    assertFalse(mexico.get(list).array().toString().contains("Dos."));
  }

  private String state(Api who, long id) {
    return who.get("comments/" + id).expect(200).json().getJsonObject("anchor").getString("state");
  }
}
