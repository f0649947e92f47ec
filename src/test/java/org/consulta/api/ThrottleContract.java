package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Log-in and registration are throttled per username: past {@value #FREE_FAILURES} failures in a
 * row the next attempt is {@code 429} with {@code Retry-After}, even with the right password; a
 * success clears the count. The test engine waits a minute after the first failure beyond the free
 * ones, so that a slow machine still sees the 429. Every test calls from 127.0.0.1, so the
 * per-address count is set out of reach here and tested by {@code LogInThrottleTest}.
 */
public interface ThrottleContract extends ApiContract {
  int FREE_FAILURES = 5;

  private String newAccount() {
    return newAccount("throttled", PASSWORD, "participant");
  }

  private static void assertThrottled(Api.Reply reply) {
    reply.problem(429, null);
    long retryAfter = Long.parseLong(reply.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
  }

  @Test
  default void failedLogInsPastTheFreeOnesAreAnsweredWith429AndRetryAfter() {
    String username = newAccount();
    for (int i = 0; i <= FREE_FAILURES; i++) {
      logIn(username, "wrong-password-" + i).problem(401, null);
    }
    assertThrottled(logIn(username, "wrong-password"));
    assertThrottled(logIn(username, PASSWORD));
    assertThrottled(anonymous().as(username, PASSWORD).get("accounts/me"));
    admin().get("accounts/me").expect(200);
  }

  @Test
  default void basicAuthenticationFailuresCountLikeLogInFailures() {
    String username = newAccount();
    for (int i = 0; i <= FREE_FAILURES; i++) {
      anonymous().as(username, "wrong-password").get("laws").problem(401, null);
    }
    assertThrottled(logIn(username, PASSWORD));
  }

  @Test
  default void anUnknownUsernameIsThrottledLikeAKnownOne() {
    String username = "nobody-" + Long.toHexString(System.nanoTime());
    for (int i = 0; i <= FREE_FAILURES; i++) {
      logIn(username, "wrong-password").problem(401, null);
    }
    assertThrottled(logIn(username, "wrong-password"));
  }

  @Test
  default void aSuccessfulLogInClearsTheCount() {
    String username = newAccount();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < FREE_FAILURES; i++) {
        logIn(username, "wrong-password").problem(401, null);
      }
      logIn(username, PASSWORD).expect(200);
    }
  }

  @Test
  default void registeringATakenUsernameAgainAndAgainIsThrottled() {
    String username = "taken-" + Long.toHexString(System.nanoTime());
    String registration =
        """
        {"username": "%s", "password": "%s", "email": "x@example.org", "country": "MX",
         "sector": "academia"}
        """
            .formatted(username, PASSWORD);
    anonymous().post("participants", registration).expect(201);
    for (int i = 0; i <= FREE_FAILURES; i++) {
      anonymous().post("participants", registration).problem(409, "username");
    }
    assertThrottled(anonymous().post("participants", registration));
  }
}
