package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Browser sessions: a password buys an HttpOnly, SameSite=Strict cookie; changes made with it need
 * the session's CSRF token; Basic and bearer callers need none.
 */
public interface SessionContract extends ApiContract {
  /** The client that a logged-in browser is: it sends the cookie, and nothing else unless told. */
  private Api browser(Api.Reply login) {
    String setCookie = login.header("Set-Cookie");
    return anonymous().withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
  }

  @Test
  default void logInSetsAStrictHttpOnlyCookieAndNamesTheCaller() {
    var login = logIn("admin", Deployments.ADMIN_PASSWORD).expect(200);
    String cookie = login.header("Set-Cookie");
    assertTrue(cookie.startsWith("consulta_session="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.matches("(?i).*SameSite=Strict.*"), cookie);
    assertTrue(cookie.contains("Path=/"), cookie);
    assertFalse(cookie.contains("Secure"), "a plain-HTTP request gets no Secure cookie: " + cookie);
    JsonObject session = login.json();
    assertEquals("admin", session.getString("username"));
    assertTrue(session.getJsonArray("roles").toString().contains("\"admin\""));
    assertTrue(session.getString("csrfToken").length() >= 20);

    Api browser = browser(login);
    JsonObject current = browser.get("session").expect(200).json();
    assertEquals(session.getString("csrfToken"), current.getString("csrfToken"));
    assertEquals("admin", browser.get("accounts/me").expect(200).json().getString("username"));
  }

  @Test
  default void aWrongLogInIs401AndDoesNotSayWhichPartWasWrong() {
    var unknownUser = logIn("nobody-" + System.nanoTime(), "whatever-password");
    var wrongPassword = logIn("admin", "wrong-password");
    JsonObject first = unknownUser.problem(401, null);
    JsonObject second = wrongPassword.problem(401, null);
    assertEquals(first.getString("detail"), second.getString("detail"));
    assertFalse(first.containsKey("field"), first.toString());
    assertNull(unknownUser.header("Set-Cookie"));
    assertNull(wrongPassword.header("Set-Cookie"));
    assertNull(unknownUser.header("WWW-Authenticate"), "a form asks again, not the browser");
    anonymous().post("session", "{\"username\": \"admin\"}").problem(400, "password");
  }

  @Test
  default void withoutASessionThereIsNoCurrentOne() {
    anonymous().get("session").problem(401, null);
    anonymous().withHeader("Cookie", "consulta_session=forged").get("session").problem(401, null);
  }

  @Test
  default void changesMadeWithTheCookieNeedTheSessionsCsrfToken() {
    String slug = newLaw();
    var login = logIn("admin", Deployments.ADMIN_PASSWORD).expect(200);
    Api browser = browser(login);
    String version = "{\"label\": \"Draft\"}";
    browser.post("laws/" + slug + "/versions", version).problem(403, "X-CSRF-Token");
    browser
        .withHeader("X-CSRF-Token", "guessed")
        .post("laws/" + slug + "/versions", version)
        .problem(403, "X-CSRF-Token");
    assertEquals(0, anonymous().get("laws/" + slug + "/versions").expect(200).array().size());
    browser
        .withHeader("X-CSRF-Token", login.json().getString("csrfToken"))
        .post("laws/" + slug + "/versions", version)
        .expect(201);
    admin().post("laws/" + slug + "/versions", "{\"label\": \"By script\"}").expect(201);
  }

  @Test
  default void readingWithTheCookieNeedsNoCsrfToken() {
    Api browser = browser(logIn("admin", Deployments.ADMIN_PASSWORD).expect(200));
    browser.get("accounts").expect(200);
  }

  @Test
  default void logOutEndsTheSessionAndClearsTheCookie() {
    var login = logIn("admin", Deployments.ADMIN_PASSWORD).expect(200);
    Api browser = browser(login);
    browser.delete("session").problem(403, "X-CSRF-Token");
    var out =
        browser.withHeader("X-CSRF-Token", login.json().getString("csrfToken")).delete("session");
    out.expect(204);
    assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
    browser.get("session").problem(401, null);
    browser.get("accounts/me").problem(401, null);
  }

  @Test
  default void theWebApplicationGetsNoBasicChallenge() {
    var fromPage = anonymous().withHeader("X-Requested-With", "consulta").get("accounts/me");
    fromPage.problem(401, null);
    assertNull(fromPage.header("WWW-Authenticate"));
    var fromScript = anonymous().get("accounts/me");
    assertTrue(fromScript.header("WWW-Authenticate").startsWith("Basic"));
  }
}
