package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An {@code admin} manages accounts and reads the audit log, and has no drafter power: an account
 * that is only an administrator can neither read participants' comments (through the comment or
 * through search) nor draft, import or moderate. The first account, {@code admin}, is both.
 */
public interface AdminPowersContract extends ConsultationFixture {
  long SEARCH_PATIENCE_MILLIS = 20_000;

  private Api adminOnly() {
    return anonymous().as(newAccount("admin-only", PASSWORD, "admin"), PASSWORD);
  }

  /** The total of a comment search once the index has caught up with what a drafter sees. */
  private int commentTotal(Api who, String query) {
    long deadline = System.currentTimeMillis() + SEARCH_PATIENCE_MILLIS;
    Api drafter = drafter();
    while (System.currentTimeMillis() < deadline) {
      Api.Reply seen = drafter.get("search?" + query);
      if (seen.status() == 200 && seen.json().getInt("total") == 1) {
        return who.get("search?" + query).expect(200).json().getInt("total");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the comment never became searchable: " + query);
  }

  @Test
  default void anAdministratorWhoIsNotADrafterCannotReadCommentsByAnyRoute() {
    String slug = newLaw();
    long round = openRound(slug);
    long id = comment(participant(), round, "art_1", "Faltan las mutualistas de ahorro.");
    Api admin = adminOnly();

    // Comments are read by anyone once published; this round publishes nothing, so to an
    // administrator who does not draft the comment does not exist.
    admin.get("comments/" + id).problem(404, "comment");
    admin.get("comments/" + id + "/replies").problem(404, "comment");
    assertEquals(0, admin.get("consultations/" + round + "/comments").expect(200).array().size());
    admin.get("consultations/" + round + "/report").problem(403, null);
    assertEquals(0, commentTotal(admin, "scope=comments&law=" + slug + "&q=mutualistas"));
  }

  @Test
  default void anAdministratorWhoIsNotADrafterCannotDraftImportOrModerate() {
    String slug = newLaw();
    long round = openRound(slug);
    long id = comment(participant(), round, "art_1", "Una observación.");
    Api admin = adminOnly();

    admin
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"x\"}", "\"es-1\"")
        .problem(403, null);
    admin.post("laws/" + slug + "/versions", "{\"label\": \"v\"}").problem(403, null);
    admin.post("comments/" + id + "/hide", "{\"reason\": \"r\"}").problem(403, null);
    admin.get("participants").problem(403, null);
    admin.get("legislation/imports").problem(403, null);
    admin.post("legislation/imports?format=jsonl", "", "application/x-ndjson").problem(403, null);
    admin.post("legislation/index/rebuild", "{}").problem(403, null);
    admin
        .post(
            "laws/" + slug + "/articles/art_1/references",
            "{\"provision\": \"cl/es/ley-1/art-1\", \"note\": \"n\"}")
        .problem(403, null);
  }

  @Test
  default void anAdministratorWhoIsNotADrafterStillManagesAccountsAndReadsTheAudit() {
    Api admin = adminOnly();
    JsonObject me = admin.get("accounts/me").expect(200).json();
    assertEquals("[\"admin\"]", me.getJsonArray("roles").toString());
    assertTrue(admin.get("accounts").expect(200).array().size() > 1);
    admin.get("audit?limit=1").expect(200);
  }
}
