package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Searching model-law articles and consultation comments: the index follows committed writes only,
 * and comments are found only by those who may read them.
 */
public interface WorkSearchContract extends ConsultationFixture, LegislationFixture {
  /** The index follows a commit in the background: a few seconds is far more than it needs. */
  long PATIENCE_MILLIS = 15_000;

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** Searches until the answer satisfies {@code until}, riding out a 503 while the index builds. */
  private static JsonObject eventually(Api who, String query, Predicate<JsonObject> until) {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    JsonObject last = null;
    while (System.currentTimeMillis() < deadline) {
      Api.Reply reply = who.get("search?" + query);
      if (reply.status() != 503) {
        last = reply.expect(200).json();
        if (until.test(last)) {
          return last;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return fail("no answer to '" + query + "' satisfied the test in time; last: " + last);
  }

  private static Predicate<JsonObject> total(int expected) {
    return results -> results.getInt("total") == expected;
  }

  @Test
  default void theDraftsLoadedAtStartAreSearchable() {
    JsonObject found =
        eventually(
            anonymous(), "scope=laws&law=parity&lang=es&q=paridad", r -> r.getInt("total") > 0);
    JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
    assertEquals("parity", hit.getString("law"));
    assertTrue(hit.getString("lawTitle").contains("Paridad"), hit.toString());
    assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    var laws = found.getJsonObject("facets").getJsonArray("law");
    assertEquals(found.getInt("total"), laws.getJsonObject(0).getInt("count"), laws.toString());
  }

  @Test
  default void anEditBecomesFindableAndTheOldWordingNoLongerIs() {
    String slug = newLaw();
    String old = "scope=laws&law=" + slug + "&q=garantiza";
    JsonObject before = eventually(anonymous(), old, total(1));
    JsonObject hit = before.getJsonArray("hits").getJsonObject(0);
    assertEquals("art_1", hit.getString("article"));
    assertEquals(1, hit.getInt("number"));
    assertEquals(1, hit.getInt("revision"));
    assertEquals("es", hit.getString("lang"));

    edit(slug, "art_1", "La presente Ley protege la paridad en las cooperativas.");
    JsonObject after =
        eventually(anonymous(), "scope=laws&law=" + slug + "&q=cooperativa", total(1));
    JsonObject edited = after.getJsonArray("hits").getJsonObject(0);
    assertEquals(2, edited.getInt("revision"));
    assertEquals("Objeto", edited.getString("heading"));
    assertTrue(
        edited.getString("snippet").contains("<mark>cooperativas</mark>"), edited.toString());
    assertEquals(0, anonymous().get("search?" + old).expect(200).json().getInt("total"));
  }

  @Test
  default void anEditRewritesItsOwnEntryAndEveryArticleKeepsTheNumberItHasNow() {
    String slug = newLaw();
    String all = "scope=laws&law=" + slug + "&lang=es";
    eventually(anonymous(), all, total(3));
    // art_3 after art_1: art_2 is now the third, which the entry its edit writes must say.
    admin().post("laws/" + slug + "/articles/art_3/move", "{\"after\": \"art_1\"}").expect(200);
    edit(slug, "art_2", "Paridad es la igualdad de las cooperativas.");
    JsonObject edited =
        eventually(anonymous(), "scope=laws&law=" + slug + "&q=cooperativas", total(1))
            .getJsonArray("hits")
            .getJsonObject(0);
    assertEquals("art_2", edited.getString("article"));
    assertEquals(3, edited.getInt("number"));
    assertEquals(2, edited.getInt("revision"));
    JsonObject moved =
        eventually(anonymous(), all + "&q=" + q("article:art_3"), total(1))
            .getJsonArray("hits")
            .getJsonObject(0);
    assertEquals(2, moved.getInt("number"));
    assertEquals(3, anonymous().get("search?" + all).expect(200).json().getInt("total"));
    assertEquals(
        1,
        anonymous()
            .get("search?scope=laws&law=" + slug + "&lang=en&q=alternation")
            .expect(200)
            .json()
            .getInt("total"),
        "the edit's other language keeps its entry");
  }

  @Test
  default void aRefusedEditIsNeverIndexed() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_3?lang=es";
    admin()
        .put(path, "{\"text\": \"Esta Ley entra en vigor al mes siguiente.\"}", "\"es-1\"")
        .expect(200);
    admin()
        .put(path, "{\"text\": \"Esta Ley entra en vigor al año quinquenal.\"}", "\"es-1\"")
        .problem(409, null);
    eventually(anonymous(), "scope=laws&law=" + slug + "&q=%22mes%20siguiente%22", total(1));
    // A later write is indexed after the refused one would have been.
    edit(slug, "art_1", "La presente Ley garantiza la paridad sin excepciones.");
    eventually(anonymous(), "scope=laws&law=" + slug + "&q=excepciones", total(1));
    assertEquals(
        0,
        anonymous().get("search?scope=laws&law=" + slug + "&q=quinquenal").json().getInt("total"));
  }

  @Test
  default void aParticipantFindsOnlyTheirOwnThreadsAndADrafterFindsAll() {
    String slug = newLaw();
    long round = openRound(slug);
    Api ana = participant("MX", "academia");
    Api bruno = participant("BR", "civil_society");
    long anas = comment(ana, round, "art_1", "Falta mencionar las cooperativas rurales.");
    comment(bruno, round, "art_2", "Las cooperativas urbanas también.");
    String query = "scope=comments&law=" + slug + "&q=cooperativas";

    JsonObject drafterView = eventually(drafter(), query, total(2));
    assertEquals(2, drafterView.getJsonObject("facets").getJsonArray("country").size());
    JsonObject own = eventually(ana, query, total(1));
    JsonObject hit = own.getJsonArray("hits").getJsonObject(0);
    assertEquals(anas, hit.getJsonNumber("id").longValue());
    assertEquals("comment", hit.getString("kind"));
    assertEquals(round, hit.getJsonNumber("consultation").longValue());
    assertEquals("art_1", hit.getString("article"));
    assertEquals("exact", hit.getString("state"));
    assertEquals("none", hit.getString("disposition"));
    assertTrue(hit.getString("author").startsWith("Participant "), hit.toString());
    assertTrue(hit.getString("snippet").contains("<mark>cooperativas</mark>"), hit.toString());
    assertEquals(
        1, bruno.get("search?" + query + "&country=MX,BR").expect(200).json().getInt("total"));

    admin().post("comments/" + anas + "/hide", "{\"reason\": \"Fuera de lugar.\"}").expect(200);
    admin()
        .post("comments/" + anas + "/replies", "{\"text\": \"Las cooperativas están previstas.\"}")
        .expect(201);
    eventually(ana, query, total(2));
    eventually(admin(), query + "&kind=reply", total(1));
    assertEquals(1, bruno.get("search?" + query).expect(200).json().getInt("total"));
  }

  @Test
  default void aCommentsAnchorStateInTheIndexFollowsEditsOfItsPassageOnly() {
    String slug = newLaw();
    long round = openRound(slug);
    Api ana = participant("MX", "academia");
    // "La presente Ley garantiza la paridad." — "garantiza" is [16, 25), "paridad" [29, 36).
    long edited =
        commentOn(ana, round, "art_1", 16, 25, "garantiza").getJsonNumber("id").longValue();
    long shifted =
        commentOn(ana, round, "art_1", 29, 36, "paridad").getJsonNumber("id").longValue();
    String query = "scope=comments&law=" + slug + "&q=pasaje&state=";
    eventually(drafter(), query + "exact", total(2));

    edit(slug, "art_1", "Artículo primero. La presente Ley garantiza la paridad.");
    edit(slug, "art_1", "Artículo primero. La presente Ley asegura la paridad.");

    JsonObject changed = eventually(drafter(), query + "changed", total(1));
    assertEquals(
        edited, changed.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject exact = drafter().get("search?" + query + "exact").expect(200).json();
    assertEquals(1, exact.getInt("total"), exact.toString());
    assertEquals(
        shifted, exact.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  default void commentsNeedALogin() {
    anonymous().get("search?scope=comments&q=cooperativas").problem(401, null);
  }

  @Test
  default void legislationAnswersAsItsOwnSearchDoes() {
    finished("legislation/imports/1");
    String query = "q=mujer&lang=es&limit=3";
    String own = anonymous().get("legislation/search?" + query).expect(200).body();
    assertEquals(own, anonymous().get("search?scope=legislation&" + query).expect(200).body());
    assertEquals(own, anonymous().get("search?" + query).expect(200).body());
  }

  @Test
  default void badScopesQueriesAndFiltersAreNamed() {
    anonymous().get("search?scope=drafts&q=x").problem(400, "scope");
    anonymous().get("search?scope=laws&q=" + q("paridad AND")).problem(400, "q", "invalid-format");
    anonymous().get("search?scope=laws&q=" + q("*dad")).problem(400, "q");
    admin()
        .get("search?scope=comments&q=" + q("(cooperativas"))
        .problem(400, "q", "invalid-format");
    admin().get("search?scope=comments&q=" + q("thread_author:1")).problem(400, "q");
    anonymous().get("search?scope=laws&q=x&limit=1000").problem(400, "limit");
    anonymous().get("search?scope=laws&q=x&lang=de").problem(400, "lang");
    anonymous().get("search?scope=laws&q=x&kind=reply").problem(400, "kind");
    admin().get("search?scope=comments&q=x&kind=note").problem(400, "kind");
    admin().get("search?scope=comments&q=x&sector=press").problem(400, "sector");
    admin().get("search?scope=comments&q=x&consultation=zero").problem(400, "consultation");
    anonymous().get("search?scope=legislation&q=x&colour=red").problem(400, "colour");
  }
}
