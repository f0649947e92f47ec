package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import java.util.List;

/**
 * The engine's legislation search over HTTP ({@code GET /api/legislation/search}), asked a question
 * as a user types it, with no other parameter than the page size and, for the run without the
 * thesaurus, {@code expand=false}. A refused question ranks nothing; its status is kept.
 */
final class EngineSearch {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI search;
  private final String extra;
  final List<String> failures = new ArrayList<>();

  EngineSearch(URI base, boolean expand) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.search = URI.create(root + "api/legislation/search");
    this.extra = expand ? "" : "&expand=false";
  }

  List<String> search(String words, int n) throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    search
                        + "?q="
                        + URLEncoder.encode(words, StandardCharsets.UTF_8)
                        + "&limit="
                        + n
                        + extra))
            .header("Accept", "application/json")
            .timeout(Duration.ofMinutes(1))
            .build();
    HttpResponse<String> answer =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (answer.statusCode() != 200) {
      failures.add(words + ": " + answer.statusCode() + " " + answer.body());
      return List.of();
    }
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      body = reader.readObject();
    }
    List<String> ids = new ArrayList<>();
    for (JsonValue hit : body.getJsonArray("hits")) {
      ids.add(hit.asJsonObject().getString("id"));
    }
    return ids;
  }
}
