package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.api.ApiDescription.Operation;
import org.junit.jupiter.api.Test;

/**
 * Reading is open; writing needs the drafter role; accounts are the administrator's. Who may call
 * each operation is stated in {@link AccessTable}, and every operation of {@code /openapi} is
 * checked against it for every role.
 */
public interface AccessContract extends ApiContract {
  /** Stands for every path variable: the role gate answers before anything is looked up. */
  String MADE_UP = "999999";

  private String account(String role) {
    return newAccount(role, PASSWORD, role);
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
        .as(account("participant"), PASSWORD)
        .put(path, "{\"text\": \"x\"}", "\"es-1\"")
        .problem(403, null);
    String drafter = account("drafter");
    anonymous().as(drafter, PASSWORD).put(path, "{\"text\": \"Nuevo.\"}", "\"es-1\"").expect(200);
    var revision = anonymous().get("laws/" + slug + "/articles/art_1/revisions/2?lang=es").json();
    assertEquals(drafter, revision.getJsonObject("revision").getString("author"));
  }

  @Test
  default void onlyAnAdminManagesAccounts() {
    String drafter = account("drafter");
    anonymous().as(drafter, PASSWORD).get("accounts").problem(403, null);
    var all = admin().get("accounts").expect(200).array();
    assertTrue(all.toString().contains("\"" + drafter + "\""));
    assertTrue(!all.toString().contains("password"), all.toString());
  }

  @Test
  default void aTokenAuthenticatesAsItsAccount() {
    String drafter = account("drafter");
    var token =
        anonymous().as(drafter, PASSWORD).post("accounts/me/tokens", "{}").expect(201).json();
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

  @Test
  default void everyDescribedOperationLetsInTheRolesTheAccessTableNames() {
    List<Operation> described = ApiDescription.of(base());
    AccessTable table = AccessTable.load();
    Map<String, Api> callers = new LinkedHashMap<>();
    callers.put("anonymous", Api.anonymous(base()));
    for (String role : AccessTable.ROLES.subList(1, AccessTable.ROLES.size())) {
      callers.put(role, Api.anonymous(base()).as(account(role), PASSWORD));
    }
    List<String> wrong = new ArrayList<>();
    for (Operation operation : described) {
      if (!table.lists(operation.key())) {
        wrong.add(operation.key() + " is described at /openapi but not in the access table");
        continue;
      }
      callers.forEach(
          (role, caller) -> {
            int status = probe(caller, operation).status();
            String outcome = status == 401 || status == 403 ? "" + status : AccessTable.ALLOWED;
            String expected = table.expected(operation.key(), role);
            if (!outcome.equals(expected)) {
              wrong.add(
                  "%s as %s: %s (status %d), the table says %s"
                      .formatted(operation.key(), role, outcome, status, expected));
            }
          });
    }
    Set<String> keys = described.stream().map(Operation::key).collect(Collectors.toSet());
    table.operations().stream()
        .filter(key -> !keys.contains(key))
        .forEach(key -> wrong.add(key + " is in the access table but no longer at /openapi"));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /** The operation with made-up path values and an empty object for a body. */
  private static Api.Reply probe(Api caller, Operation operation) {
    String path = operation.path().substring(1).replaceAll("\\{\\w+}", MADE_UP);
    if (!operation.hasBody()) {
      return caller.send(operation.method(), path, null, null, Map.of());
    }
    String type = operation.bodyType().contains("*") ? "application/json" : operation.bodyType();
    return caller.send(
        operation.method(), path, "{}".getBytes(StandardCharsets.UTF_8), type, Map.of());
  }
}
