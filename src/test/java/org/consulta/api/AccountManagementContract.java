package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Managing accounts: one's API tokens (listed without their secret, revoked one by one), one's
 * password, and an administrator's reset and disabling of another account.
 */
public interface AccountManagementContract extends ApiContract {
  private String newAccount(String role) {
    return newAccount("acct", PASSWORD, role);
  }

  /** A logged-in browser that repeats its CSRF token, as the web application does. */
  private Api browser(String username, String password) {
    Api.Reply login = logIn(username, password).expect(200);
    String setCookie = login.header("Set-Cookie");
    return anonymous()
        .withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
        .withHeader("X-CSRF-Token", login.json().getString("csrfToken"));
  }

  private String token(Api who, String body) {
    return who.post("accounts/me/tokens", body).expect(201).json().getString("token");
  }

  @Test
  default void tokensAreListedWithoutTheirSecretAndRevokedOneByOne() {
    Api me = anonymous().as(newAccount("drafter"), PASSWORD);
    Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    String used = token(me, "{\"label\": \"CI\"}");
    String expiring = token(me, "{\"label\": \"laptop\", \"expiresAt\": \"" + expiry + "\"}");
    anonymous().withToken(used).get("accounts/me").expect(200);

    var listed = me.get("accounts/me/tokens").expect(200).array();
    assertEquals(2, listed.size(), listed.toString());
    assertFalse(listed.toString().contains(used) || listed.toString().contains(expiring));
    JsonObject ci = listed.getJsonObject(0);
    JsonObject laptop = listed.getJsonObject(1);
    assertEquals("CI", ci.getString("label"));
    assertTrue(ci.containsKey("createdAt") && ci.containsKey("lastUsedAt"), ci.toString());
    assertFalse(ci.containsKey("token") || ci.containsKey("expiresAt"), ci.toString());
    assertEquals(expiry, Instant.parse(laptop.getString("expiresAt")));
    assertFalse(laptop.containsKey("lastUsedAt"), laptop.toString());

    long id = ci.getJsonNumber("id").longValue();
    Api other = anonymous().as(newAccount("participant"), PASSWORD);
    other.delete("accounts/me/tokens/" + id).problem(404, "id");
    me.delete("accounts/me/tokens/" + id).expect(204);
    anonymous().withToken(used).get("accounts/me").problem(401, null);
    anonymous().withToken(expiring).get("accounts/me").expect(200);
    assertEquals(1, me.get("accounts/me/tokens").expect(200).array().size());
    me.delete("accounts/me/tokens/" + id).problem(404, "id");
    me.delete("accounts/me/tokens/first").problem(400, "id");
    me.post("accounts/me/tokens", "{\"expiresAt\": \"2001-01-01T00:00:00Z\"}")
        .problem(400, "expiresAt");
    me.post("accounts/me/tokens", "{\"expiresAt\": \"tomorrow\"}").problem(400, "expiresAt");
    anonymous().get("accounts/me/tokens").problem(401, null);
  }

  @Test
  default void changingOnesPasswordNeedsTheOldOneAndEndsOtherBrowserSessions() {
    String username = newAccount("participant");
    Api elsewhere = browser(username, PASSWORD);
    Api here = browser(username, PASSWORD);
    String token = token(anonymous().as(username, PASSWORD), "{}");
    String change = "{\"oldPassword\": \"%s\", \"newPassword\": \"%s\"}";

    here.put("accounts/me/password", change.formatted("not-my-password", "new-password-1"), null)
        .problem(403, "oldPassword");
    here.put("accounts/me/password", change.formatted(PASSWORD, "short"), null)
        .problem(400, "newPassword");
    here.put("accounts/me/password", "{\"newPassword\": \"new-password-1\"}", null)
        .problem(400, "oldPassword");
    here.put("accounts/me/password", change.formatted(PASSWORD, "new-password-1"), null)
        .expect(204);

    anonymous().as(username, PASSWORD).get("accounts/me").problem(401, null);
    anonymous().as(username, "new-password-1").get("accounts/me").expect(200);
    here.get("accounts/me").expect(200);
    elsewhere.get("accounts/me").problem(401, null);
    anonymous().withToken(token).get("accounts/me").expect(200);
  }

  @Test
  default void anAdministratorResetsAPasswordEndingEverySessionAndToken() {
    String username = newAccount("drafter");
    Api session = browser(username, PASSWORD);
    String token = token(anonymous().as(username, PASSWORD), "{}");

    anonymous()
        .as(newAccount("drafter"), PASSWORD)
        .put("accounts/" + username + "/password", "{\"password\": \"reset-password-1\"}", null)
        .problem(403, null);
    admin()
        .put("accounts/" + username + "/password", "{\"password\": \"short\"}", null)
        .problem(400, "password");
    admin()
        .put("accounts/nobody-" + System.nanoTime() + "/password", "{\"password\": \"x\"}", null)
        .problem(404, "username");
    admin()
        .put("accounts/" + username + "/password", "{\"password\": \"reset-password-1\"}", null)
        .expect(204);

    anonymous().as(username, PASSWORD).get("accounts/me").problem(401, null);
    anonymous().as(username, "reset-password-1").get("accounts/me").expect(200);
    session.get("accounts/me").problem(401, null);
    anonymous().withToken(token).get("accounts/me").problem(401, null);
  }

  @Test
  default void aDisabledAccountCannotLogInAndItsTokensAndSessionsAreRefused() {
    String username = newAccount("drafter");
    Api session = browser(username, PASSWORD);
    String token = token(anonymous().as(username, PASSWORD), "{}");
    String disable = "{\"enabled\": false}";

    anonymous()
        .as(newAccount("drafter"), PASSWORD)
        .patch("accounts/" + username, disable)
        .problem(403, null);
    JsonObject disabled = admin().patch("accounts/" + username, disable).expect(200).json();
    assertFalse(disabled.getBoolean("enabled"));
    assertFalse(admin().get("accounts/" + username).expect(200).json().getBoolean("enabled"));

    anonymous().as(username, PASSWORD).get("laws").problem(403, null);
    anonymous().withToken(token).get("laws").problem(403, null);
    session.get("accounts/me").problem(401, null);
    logIn(username, PASSWORD).problem(403, null);
    logIn(username, "wrong-password").problem(401, null);

    admin().patch("accounts/" + username, "{\"enabled\": true}").expect(200);
    anonymous().as(username, PASSWORD).get("accounts/me").expect(200);
    anonymous().withToken(token).get("accounts/me").expect(200);
    logIn(username, PASSWORD).expect(200);
  }

  @Test
  default void anAdministratorChangesRolesAndNameWhichTakeEffectAtOnce() {
    String username = newAccount("participant");
    Api who = anonymous().as(username, PASSWORD);
    String versions = "laws/" + newLaw() + "/versions";
    who.post(versions, "{\"label\": \"Mine\"}").problem(403, null);

    JsonObject changed =
        admin()
            .patch(
                "accounts/" + username,
                "{\"roles\": [\"participant\", \"drafter\"], \"displayName\": \"Ana Pérez\"}")
            .expect(200)
            .json();
    assertEquals(
        List.of("drafter", "participant"),
        changed.getJsonArray("roles").getValuesAs(JsonString::getString));
    assertEquals("Ana Pérez", changed.getString("displayName"));
    assertTrue(changed.getBoolean("enabled"), "what was not given stays");
    who.post(versions, "{\"label\": \"Mine\"}").expect(201);

    admin().patch("accounts/" + username, "{\"roles\": [\"participant\"]}").expect(200);
    who.post(versions, "{\"label\": \"Mine again\"}").problem(403, null);
    assertEquals("Ana Pérez", who.get("accounts/me").expect(200).json().getString("displayName"));
  }

  @Test
  default void anAdministratorKeepsTheirOwnAdminRole() {
    admin().patch("accounts/admin", "{\"roles\": [\"drafter\"]}").problem(409, "roles");
    admin().patch("accounts/admin", "{\"roles\": [\"owner\"]}").problem(400, "roles");
    assertTrue(
        admin()
            .get("accounts/admin")
            .expect(200)
            .json()
            .getJsonArray("roles")
            .getValuesAs(JsonString::getString)
            .contains("admin"));
  }

  @Test
  default void disablingIsAProblemNamingTheFieldWhenItCannotBeDone() {
    admin().patch("accounts/admin", "{\"enabled\": false}").problem(409, "enabled");
    admin().patch("accounts/admin", "{\"enabled\": \"no\"}").problem(400, "enabled");
    admin().patch("accounts/admin", "{}").problem(400, "enabled");
    admin()
        .patch("accounts/nobody-" + System.nanoTime(), "{\"enabled\": false}")
        .problem(404, "username");
    anonymous().as("admin", Deployments.ADMIN_PASSWORD).get("accounts/me").expect(200);
  }
}
