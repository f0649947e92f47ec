package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A small HTTP client for black-box tests: the engine is only ever reached through its API. */
public final class Api {
  /** The closed set of problem codes the README documents; the web application translates each. */
  static final Set<String> PROBLEM_CODES =
      Set.of(
          "required",
          "too-long",
          "too-short",
          "invalid-format",
          "out-of-range",
          "unknown-field",
          "invalid",
          "round-closed",
          "unauthenticated",
          "forbidden",
          "not-found",
          "gone",
          "taken",
          "conflict",
          "stale",
          "precondition-required",
          "too-large",
          "too-slow",
          "unavailable",
          "too-many-requests",
          "method-not-allowed",
          "unsupported-media-type",
          "internal");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;
  private final Map<String, String> headers;

  private Api(URI base, String authorization, Map<String, String> headers) {
    this.base = base;
    this.authorization = authorization;
    this.headers = headers;
  }

  private Api(URI base, String authorization) {
    this(base, authorization, Map.of());
  }

  public static Api anonymous(URI base) {
    return new Api(base, null);
  }

  /** The same client, sending one more header on every request (a cookie, a CSRF token). */
  public Api withHeader(String name, String value) {
    var more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Api(base, authorization, Map.copyOf(more));
  }

  public Api as(String username, String password) {
    String pair = username + ":" + password;
    return new Api(
        base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The same credentials and headers, sent to an engine that now listens at {@code other}. */
  public Api rebased(URI other) {
    return new Api(other, authorization, headers);
  }

  public Api withToken(String token) {
    return new Api(base, "Bearer " + token);
  }

  public Api withAuthorization(String header) {
    return new Api(base, header);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String json) {
    return send(json(request(path)).POST(body(json)));
  }

  /** Posts a body of any media type, such as a file to import. */
  public Reply post(String path, String body, String contentType) {
    return send(request(path).header("Content-Type", contentType).POST(body(body)));
  }

  /** Posts a JSON body given as a publisher, such as bytes that are not UTF-8 or a long stream. */
  public Reply post(String path, HttpRequest.BodyPublisher body) {
    return send(json(request(path)).POST(body));
  }

  public Reply patch(String path, String json) {
    return send(json(request(path)).method("PATCH", body(json)));
  }

  public Reply put(String path, String json, String ifMatch) {
    var request = json(request(path));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.PUT(body(json)));
  }

  /**
   * Sends any method, with a body of any media type or none ({@code body} null), and {@code extra}
   * headers on top of this client's own.
   */
  public Reply send(
      String method, String path, byte[] body, String contentType, Map<String, String> extra) {
    var request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    extra.forEach(request::header);
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** The {@code Authorization} header this client sends, or null when it is anonymous. */
  String authorization() {
    return authorization;
  }

  private HttpRequest.Builder request(String path) {
    var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    return request;
  }

  private static HttpRequest.Builder json(HttpRequest.Builder request) {
    return request.header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response, with shortcuts for the assertions every test makes. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.read();
      }
    }

    /** Asserts the status, showing the body when it differs. */
    public Reply expect(int status) {
      assertEquals(status, status(), () -> "unexpected status; body: " + body());
      return this;
    }

    /**
     * Asserts an RFC 9457 problem with this status naming this field and carrying a code of the
     * closed set, and returns its body.
     */
    public JsonObject problem(int status, String field) {
      expect(status);
      assertEquals("application/problem+json", header("Content-Type"), body());
      JsonObject problem = json();
      assertEquals(status, problem.getInt("status"));
      String code = problem.getString("code", null);
      assertTrue(PROBLEM_CODES.contains(code), () -> "no known code: " + body());
      if (field != null) {
        assertEquals(field, problem.getString("field", null), body());
      }
      return problem;
    }

    /** Asserts a problem as {@link #problem(int, String)} does, with this code. */
    public JsonObject problem(int status, String field, String code) {
      JsonObject problem = problem(status, field);
      assertEquals(code, problem.getString("code"), body());
      return problem;
    }
  }
}
