package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every write, successful, failed or refused, is in the audit log with who, roles, what, which
 * object, when, from where and the status; only administrators read it; no secret is kept.
 */
public interface AuditContract extends ApiContract {
  Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A test calls the engine on this machine, by loopback or by the address in the base URL. */
  private String engineAddress() {
    try {
      return InetAddress.getByName(base().getHost()).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonArray audit(String query) {
    return admin().get("audit?" + query).expect(200).array();
  }

  @Test
  default void aSuccessfulWriteIsAuditedWithWhoWhatWhenAndWhere() {
    Instant before = Instant.now().minusSeconds(5);
    String slug = newLaw();
    JsonArray entries = audit("path=" + q("/api/laws") + "&method=POST&actor=admin&limit=5");
    JsonObject entry =
        entries.stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getInt("status") == 201)
            .findFirst()
            .orElseThrow(() -> new AssertionError(entries.toString()));
    assertEquals("admin", entry.getString("actor"));
    assertEquals("[\"admin\",\"drafter\"]", entry.getJsonArray("roles").toString());
    assertEquals("POST", entry.getString("method"));
    assertEquals("/api/laws", entry.getString("path"));
    assertTrue(entry.getString("operation").startsWith("LawResource."), entry.toString());
    String address = entry.getString("address");
    assertTrue(
        LOOPBACK.contains(address) || address.equals(engineAddress()), "the test's own address");
    assertFalse(Instant.parse(entry.getString("at")).isBefore(before), entry.toString());

    String article = "/api/laws/" + slug + "/articles/art_1";
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"Nuevo.\"}", "\"es-1\"")
        .expect(200);
    JsonObject put = audit("path=" + q(article)).getJsonObject(0);
    assertEquals(article, put.getString("path"), "the query string is never kept");
    assertEquals("PUT", put.getString("method"));
    assertEquals(200, put.getInt("status"));
  }

  @Test
  default void failedAndRefusedWritesAreAuditedToo() {
    String slug = newLaw();
    String path = "/api/laws/" + slug + "/articles/art_1";
    String edit = "laws/" + slug + "/articles/art_1?lang=es";
    anonymous().put(edit, "{\"text\": \"x\"}", "\"es-1\"").problem(401, null);
    anonymous()
        .as(newAccount("audited", PASSWORD, "participant"), PASSWORD)
        .put(edit, "{\"text\": \"x\"}", "\"es-1\"")
        .problem(403, null);
    admin().put(edit, "{\"text\": \"x\"}", "\"es-9\"").expect(412);
    admin().put(edit, "{\"txt\": \"x\"}", "\"es-1\"").problem(400, null);

    JsonArray entries = audit("path=" + q(path) + "&outcome=failure");
    assertEquals(4, entries.size(), entries.toString());
    assertEquals(400, entries.getJsonObject(0).getInt("status"), "newest first");
    assertEquals(412, entries.getJsonObject(1).getInt("status"));
    assertEquals(403, entries.getJsonObject(2).getInt("status"));
    JsonObject anonymousEntry = entries.getJsonObject(3);
    assertEquals(401, anonymousEntry.getInt("status"));
    assertNull(anonymousEntry.get("actor"), anonymousEntry.toString());
    assertEquals(1, audit("path=" + q(path) + "&actor=anonymous").size());
    assertEquals(1, audit("path=" + q(path) + "&status=412").size());
    assertEquals(0, audit("path=" + q(path) + "&outcome=success").size());
  }

  @Test
  default void aWriteRolledBackIsAuditedAsFailed() {
    String username = newAccount("audited", PASSWORD, "drafter");
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"password\": \"long-enough-pw\", \"roles\": [\"admin\"]}"
                .formatted(username))
        .problem(409, "username");
    var latest = audit("path=" + q("/api/accounts") + "&method=POST&limit=1");
    assertEquals(409, latest.getJsonObject(0).getInt("status"), latest.toString());
  }

  @Test
  default void passwordsAndTokensNeverReachTheLog() {
    String password = "secret-" + Long.toHexString(System.nanoTime());
    String username = newAccount("audited", password, "participant");
    Api me = anonymous().as(username, password);
    String token = me.post("accounts/me/tokens", "{}").expect(201).json().getString("token");
    anonymous()
        .post(
            "session", "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
        .expect(200);
    me.put(
            "accounts/me/password",
            "{\"oldPassword\": \"%s\", \"newPassword\": \"%s-2\"}".formatted(password, password),
            null)
        .expect(204);
    JsonObject logIn = audit("path=" + q("/api/session") + "&actor=" + username).getJsonObject(0);
    assertEquals(200, logIn.getInt("status"), "a log-in is credited to the account it opened");
    assertEquals("[\"participant\"]", logIn.getJsonArray("roles").toString());
    String log = admin().get("audit?limit=50").expect(200).body();
    assertTrue(log.contains("/api/accounts/me/password"), log);
    assertFalse(log.contains(password) || log.contains(token), log);
  }

  @Test
  default void onlyAdministratorsReadTheLogPagedNewestFirst() {
    anonymous().get("audit").problem(401, null);
    anonymous()
        .as(newAccount("audited", PASSWORD, "drafter"), PASSWORD)
        .get("audit")
        .problem(403, null);

    Api.Reply page = admin().get("audit?limit=2");
    page.expect(200);
    assertTrue(Long.parseLong(page.header("X-Total-Count")) >= 2, page.header("X-Total-Count"));
    JsonArray first = page.array();
    JsonArray second = audit("limit=2&offset=1");
    assertEquals(2, first.size());
    assertEquals(first.getJsonObject(1), second.getJsonObject(0));
    assertTrue(
        first.getJsonObject(0).getJsonNumber("id").longValue()
            > first.getJsonObject(1).getJsonNumber("id").longValue());
    String future = q("2999-01-01T00:00:00Z");
    assertEquals(0, audit("from=" + future).size());
    assertEquals(0, audit("path=" + q("%")).size(), "a path prefix has no wildcards");
    assertEquals(0, audit("path=" + q("/api/l_ws")).size(), "a path prefix has no wildcards");
    assertEquals(2, audit("to=" + future + "&limit=2").size());
  }

  @Test
  default void badAuditQueriesAreProblemsNamingTheParameter() {
    admin().get("audit?from=yesterday").problem(400, "from");
    admin().get("audit?to=2026-01-01").problem(400, "to");
    admin().get("audit?status=ok").problem(400, "status");
    admin().get("audit?method=GET").problem(400, "method");
    admin().get("audit?outcome=maybe").problem(400, "outcome");
    admin().get("audit?limit=0").problem(400, "limit");
    admin().get("audit?offset=-1").problem(400, "offset");
  }
}
