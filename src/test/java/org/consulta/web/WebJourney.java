package org.consulta.web;

import org.consulta.api.ApiContract;
import org.openqa.selenium.Dimension;

/**
 * What every browser journey needs: the deployed engine (its API, to set the stage quickly) and
 * browsers on it. Journeys are interfaces with default tests, run by {@link BrowserIT}.
 */
public interface WebJourney extends ApiContract {
  String PASSWORD = "journey-password";

  default Browser browser() {
    return Browser.open(base(), Browser.DESKTOP);
  }

  default Browser browser(Dimension size) {
    return Browser.open(base(), size);
  }

  /** A new account with this role (drafter, participant); returns its username. */
  default String account(String role) {
    String username = role + "-" + Long.toHexString(System.nanoTime());
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"displayName\": \"%s\", \"password\": \"%s\", \"roles\": [\"%s\"]}"
                .formatted(username, username, PASSWORD, role))
        .expect(201);
    return username;
  }

  /**
   * A participant registered as the registration screen does (in Chile, academia, display name
   * "Participant {username}"); returns the username, which starts with {@code prefix}.
   */
  default String registeredParticipant(String prefix) {
    String username = prefix + "-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Participant %s", "password": "%s",
             "email": "%s@example.org", "country": "CL", "sector": "academia"}
            """
                .formatted(username, username, PASSWORD, username))
        .expect(201);
    return username;
  }
}
