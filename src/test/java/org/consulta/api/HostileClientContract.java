package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anonymous and hostile clients get bounded answers and cannot starve the engine: bodies are
 * limited in size, time and shape, slow senders hold a bounded share of the workers for a bounded
 * time, and every response carries the security headers.
 */
public interface HostileClientContract extends ApiContract {
  /** Three loopback addresses that are not the tests' own, forty slow clients each. */
  List<String> ATTACKERS = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4");

  int SLOW_CLIENTS = 120;
  int MAX_REQUESTS_PER_CLIENT = 32;
  int MAX_BODIES_READING = 64;
  int BODY_SECONDS = 20;

  /**
   * 120 connections from three addresses send a log-in body ten bytes every two seconds. Each
   * address gets 32 requests in progress (the rest: 429), the engine reads 64 bodies at once (the
   * rest: 503), those it reads are cut off after the body time limit (408), and another client is
   * answered within a second throughout.
   */
  @Test
  default void slowBodiesHoldAFewWorkersForABoundedTime() throws InterruptedException {
    anonymous().get("laws").expect(200);
    List<RawHttp> clients = new ArrayList<>();
    List<Integer> answers = new ArrayList<>(Collections.nCopies(SLOW_CLIENTS, 0));
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        clients.add(RawHttp.connect(base(), ATTACKERS.get(i % ATTACKERS.size())));
        clients.get(i).send(slowLogIn());
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(BODY_SECONDS + 12).toNanos();
      while (answers.contains(0) && System.nanoTime() < deadline) {
        Thread.sleep(2000);
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          if (answers.get(i) == 0 && clients.get(i).send("aaaaaaaaaa")) {
            answers.set(i, RawHttp.status(clients.get(i).received(1)));
          }
        }
        long started = System.nanoTime();
        anonymous().get("laws").expect(200);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.toMillis() < 1000, "another client waited " + took);
      }
    } finally {
      clients.forEach(RawHttp::close);
    }
    long refused = answers.stream().filter(status -> status == 429 || status == 503).count();
    long cutOff = answers.stream().filter(status -> status == 408).count();
    assertTrue(refused >= SLOW_CLIENTS - MAX_BODIES_READING, answers::toString);
    assertEquals(SLOW_CLIENTS, refused + cutOff, answers::toString);
  }

  @Test
  default void oneAddressHasAtMost32RequestsInProgress() throws InterruptedException {
    int extra = 8;
    List<RawHttp> clients = new ArrayList<>();
    try {
      for (int i = 0; i < MAX_REQUESTS_PER_CLIENT + extra; i++) {
        clients.add(RawHttp.connect(base(), "127.0.0.5"));
        clients.get(i).send(slowLogIn());
      }
      Thread.sleep(1000);
      List<Integer> answers = clients.stream().map(c -> RawHttp.status(c.received(1))).toList();
      assertEquals(
          extra, answers.stream().filter(status -> status == 429).count(), answers::toString);
    } finally {
      clients.forEach(RawHttp::close);
    }
  }

  /** A log-in whose body, announced as 100,000 bytes, has only begun. */
  private String slowLogIn() {
    return "POST "
        + base().resolve("api/session").getRawPath()
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100000\r\n\r\n{\"username\": \"";
  }

  @Test
  default void aDeclaredBodyOverTheLimitIsRefusedUnread() {
    try (var client = RawHttp.connect(base(), RawHttp.OTHER_CLIENT)) {
      client.send(
          "POST "
              + base().resolve("api/session").getRawPath()
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + "Content-Length: 200000000\r\n\r\n{");
      String response = client.received(10_000);
      assertEquals(413, RawHttp.status(response), response);
      assertTrue(response.contains("\"field\":\"body\""), response);
    }
  }

  @Test
  default void aStreamedBodyOverTheLimitIsA413() throws IOException, InterruptedException {
    InputStream twoMegabytes =
        new InputStream() {
          private int left = 2 << 20;

          @Override
          public int read() {
            return left-- > 0 ? ' ' : -1;
          }
        };
    // HTTP/1.1: over an h2c connection Payara's 413 does not reach a client still sending.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("api/session"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> twoMegabytes))
            .build();
    new Api.Reply(http.send(request, HttpResponse.BodyHandlers.ofString())).problem(413, "body");
  }

  @Test
  default void bodiesThatAreNotStrictJsonObjectsAreNamed() {
    for (String notAnObject : List.of("null", "true", "\"s\"", "[]", "")) {
      anonymous().post("session", notAnObject).problem(400, "body");
    }
    anonymous().post("session", "{\"username\": \"a\\u0000b\"}").problem(400, "username");
    anonymous().post("session", "{\"password\": \"\\ud800\"}").problem(400, "password");
    anonymous()
        .post("session", "{\"username\": {\"a\": [1, \"\\udc00x\"]}}")
        .problem(400, "username.a[1]");
    anonymous()
        .post("session", "{\"username\": \"a\", \"username\": \"b\"}")
        .problem(400, "username");
    byte[] latin1 =
        "{\"username\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    anonymous()
        .post("session", HttpRequest.BodyPublishers.ofByteArray(latin1))
        .problem(400, "body");
    String deep = "{\"a\": ".repeat(1100) + "1" + "}".repeat(1100);
    String field = String.join(".", Collections.nCopies(64, "a"));
    anonymous().post("session", deep).problem(400, field);
  }

  @Test
  default void everyResponseCarriesTheSecurityHeaders() {
    for (Api.Reply reply :
        List.of(
            Api.anonymous(base()).get(""), anonymous().get("laws"), anonymous().get("nothing"))) {
      String policy = reply.header("Content-Security-Policy");
      assertTrue(policy != null && policy.contains("script-src 'self'"), policy);
      assertTrue(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe"), policy);
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertEquals("same-origin", reply.header("Referrer-Policy"));
      assertNull(reply.header("Server"), "Server: " + reply.header("Server"));
      assertNull(reply.header("X-Powered-By"), "X-Powered-By: " + reply.header("X-Powered-By"));
    }
  }

  @Test
  default void theContainersOwnErrorsAre4xxNeverThePage() {
    Api.anonymous(base()).get("app/no-such-file.js").problem(404, null);
    String root = base().getRawPath();
    for (String target :
        List.of(
            root + "../../etc/passwd",
            root + "app/%2e%2e/WEB-INF/web.xml",
            root + "a".repeat(20_000))) {
      try (var client = RawHttp.connect(base(), RawHttp.OTHER_CLIENT)) {
        client.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String response = client.received(10_000);
        int status = RawHttp.status(response);
        assertTrue(
            status >= 400 && status < 500, () -> abbreviated(target) + " answered " + response);
      }
    }
  }

  private static String abbreviated(String target) {
    return target.length() > 60 ? target.substring(0, 60) + "…" : target;
  }
}
