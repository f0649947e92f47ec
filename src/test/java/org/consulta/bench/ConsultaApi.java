package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The engine's HTTP API as the benchmark uses it. Every call is timed; error statuses are kept
 * (with the request that caused them) for the report instead of stopping the run. Safe to share
 * between threads once logged in.
 */
final class ConsultaApi {
  /** An answer: status, body, ETag header and how long the round trip took. */
  record Answer(int status, String body, String etag, long nanos) {
    boolean ok() {
      return status / 100 == 2;
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  /** A download: status, body as bytes, content type and how long the round trip took. */
  record Download(int status, byte[] body, String type, long nanos) {
    boolean ok() {
      return status / 100 == 2;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpClient http;
  private final URI api;
  private final List<ApiFailure> failures;
  private String authorization;

  ConsultaApi(URI base) {
    this(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(),
        URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + "api/"),
        Collections.synchronizedList(new ArrayList<>()));
  }

  private ConsultaApi(HttpClient http, URI api, List<ApiFailure> failures) {
    this.http = http;
    this.api = api;
    this.failures = failures;
  }

  /**
   * The same engine as another user, sharing this client's connections and its list of failures.
   */
  ConsultaApi as(String user, String password) throws IOException, InterruptedException {
    var other = new ConsultaApi(http, api, failures);
    other.logIn(user, password);
    return other;
  }

  /**
   * Trades the admin password for a bearer token once, so the engine does not hash the password
   * (PBKDF2, deliberately slow) on every one of the many thousand writes.
   */
  void logIn(String user, String password) throws IOException, InterruptedException {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    Answer token = send("POST", "accounts/me/tokens", "{\"label\": \"benchmark\"}", null);
    if (token.status() != 201) {
      throw new IllegalStateException(
          "could not log in as " + user + ": " + token.status() + " " + token.body());
    }
    authorization = "Bearer " + token.json().getString("token");
  }

  Answer send(String method, String path, String json, String ifMatch)
      throws IOException, InterruptedException {
    return send(method, path, json, ifMatch, "application/json");
  }

  /** Sends {@code body} (none when null) as {@code type}. */
  Answer send(String method, String path, String body, String ifMatch, String type)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofMinutes(10))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", type);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long nanos = System.nanoTime() - start;
    var answer =
        new Answer(
            response.statusCode(),
            response.body(),
            response.headers().firstValue("ETag").orElse(null),
            nanos);
    if (!answer.ok()) {
      String shown =
          body == null ? "" : " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
      failures.add(
          new ApiFailure(
              method + " /api/" + path + (ifMatch == null ? "" : " If-Match: " + ifMatch) + shown,
              answer.status(),
              answer.body()));
    }
    return answer;
  }

  /**
   * Downloads {@code path} as bytes, accepting any type. Unlike {@link #send}, an error status is
   * left to the caller: a format the engine does not offer is a finding, not a failed request.
   */
  Download download(String path) throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofMinutes(10))
            .header("Accept", "*/*")
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    long nanos = System.nanoTime() - start;
    return new Download(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Content-Type").orElse(""),
        nanos);
  }

  /** The Authorization header this client sends, for requests it does not make itself. */
  String authorization() {
    return authorization;
  }

  URI api() {
    return api;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  /** The failures so far; a copy, since other threads may be adding to them. */
  List<ApiFailure> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  int failureCount() {
    return failures.size();
  }

  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
