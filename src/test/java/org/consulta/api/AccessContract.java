package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading is open; writing needs the drafter role; accounts are the administrator's. */
public interface AccessContract extends ApiContract {
  private String account(String role) {
    String username = role + "-" + Long.toHexString(System.nanoTime());
    String body =
        "{\"username\": \"%s\", \"password\": \"long-enough-pw\", \"roles\": [\"%s\"]}"
            .formatted(username, role);
    admin().post("accounts", body).expect(201);
    return username;
  }

  @Test
  default void anonymousWritesAreRefusedWith401() {
    String slug = newLaw();
    var reply =
        anonymous()
            .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": \"x\"}", "\"es-1\"");
    reply.problem(401, null);
    assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
  }

  @Test
  default void wrongCredentialsAreRefusedEvenForReading() {
    anonymous().as("admin", "wrong-password").get("laws").problem(401, null);
    anonymous().withToken("not-a-token").get("laws").problem(401, null);
  }

  @Test
  default void aParticipantCannotEditAndADrafterCan() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=es";
    anonymous()
        .as(account("participant"), "long-enough-pw")
        .put(path, "{\"text\": \"x\"}", "\"es-1\"")
        .problem(403, null);
    String drafter = account("drafter");
    anonymous()
        .as(drafter, "long-enough-pw")
        .put(path, "{\"text\": \"Nuevo.\"}", "\"es-1\"")
        .expect(200);
    var revision = anonymous().get("laws/" + slug + "/articles/art_1/revisions/2?lang=es").json();
    assertEquals(drafter, revision.getJsonObject("revision").getString("author"));
  }

  @Test
  default void onlyAnAdminManagesAccounts() {
    String drafter = account("drafter");
    anonymous().as(drafter, "long-enough-pw").get("accounts").problem(403, null);
    var all = admin().get("accounts").expect(200).array();
    assertTrue(all.toString().contains("\"" + drafter + "\""));
    assertTrue(!all.toString().contains("password"), all.toString());
  }

  @Test
  default void aTokenAuthenticatesAsItsAccount() {
    String drafter = account("drafter");
    var token =
        anonymous()
            .as(drafter, "long-enough-pw")
            .post("accounts/me/tokens", "{}")
            .expect(201)
            .json();
    var me = anonymous().withToken(token.getString("token")).get("accounts/me").expect(200).json();
    assertEquals(drafter, me.getString("username"));
  }

  @Test
  default void badAccountsAreProblemsNamingTheField() {
    admin()
        .post(
            "accounts",
            "{\"username\": \"Bad Name\", \"password\": \"long-enough-pw\", \"roles\": [\"drafter\"]}")
        .problem(400, "username");
    admin()
        .post(
            "accounts",
            "{\"username\": \"shorty\", \"password\": \"short\", \"roles\": [\"drafter\"]}")
        .problem(400, "password");
    admin()
        .post(
            "accounts",
            "{\"username\": \"king\", \"password\": \"long-enough-pw\", \"roles\": [\"king\"]}")
        .problem(400, "roles");
    admin()
        .post(
            "accounts",
            "{\"username\": \"admin\", \"password\": \"long-enough-pw\", \"roles\": [\"admin\"]}")
        .problem(409, "username");
  }
}
