package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.publication.DraftEditions;
import org.consulta.publication.EditionFormat;

/**
 * Downloads editions from a running engine as a reader does (anonymously): a version of each
 * shipped law is recorded first, so that its first download renders and stores the file, the next
 * ones are served from the disk cache, and a request carrying the ETag is answered 304. The working
 * text's edition is timed as well: rendered at the first request, then kept in memory until an
 * edit.
 */
final class EditionDownloads {
  /**
   * One law, languages and format through the API.
   *
   * @param problem what went wrong (an unexpected status), or null
   */
  record Row(
      String law,
      String languages,
      EditionFormat format,
      int bytes,
      double firstMs,
      Percentiles cached,
      Percentiles notModified,
      double workingFirstMs,
      Percentiles workingAgain,
      String problem) {}

  private record Reply(int status, byte[] body, String etag, long nanos) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI api;
  private final int gets;

  private EditionDownloads(URI api, int gets) {
    this.api = api;
    this.gets = gets;
  }

  static List<Row> run(PublicationOptions options) throws IOException, InterruptedException {
    var admin = new ConsultaApi(options.url());
    admin.logIn("admin", options.password());
    String run = Long.toString(System.currentTimeMillis(), 36);
    Map<String, Integer> warmUp = record(admin, "Publication benchmark warm-up " + run);
    Map<String, Integer> versions = record(admin, "Publication benchmark " + run);
    var downloads = new EditionDownloads(admin.api(), options.gets());
    downloads.warmUp(warmUp, options.warmupGets());
    List<Row> rows = new ArrayList<>();
    for (EditionFormat format : EditionFormat.values()) {
      for (String slug : DraftEditions.SHIPPED) {
        for (List<Language> languages : DraftRenders.LANGUAGES) {
          String langs = DraftRenders.codes(languages);
          System.err.printf("  GET %s %s %s%n", slug, langs, format.code());
          rows.add(downloads.measure(slug, versions.get(slug), langs, format));
        }
      }
    }
    return rows;
  }

  /** Records a new version of each shipped law, so that none of its editions is cached yet. */
  private static Map<String, Integer> record(ConsultaApi admin, String label)
      throws IOException, InterruptedException {
    Map<String, Integer> versions = new LinkedHashMap<>();
    for (String slug : DraftEditions.SHIPPED) {
      String body = Json.createObjectBuilder().add("label", label).build().toString();
      var answer = admin.send("POST", "laws/" + slug + "/versions", body, null);
      if (answer.status() != 201) {
        throw new IllegalStateException(
            "could not record a version of " + slug + ": " + answer.status() + " " + answer.body());
      }
      versions.put(slug, answer.json().getInt("number"));
    }
    return versions;
  }

  /**
   * Runs the request path (law, version, cache file, ETag) until the JIT has compiled it, on JSON
   * editions of another version: the figures after it are the engine's steady state, while the
   * first render of every other format stays the first in the engine.
   */
  private void warmUp(Map<String, Integer> versions, int times)
      throws IOException, InterruptedException {
    for (int i = 0; i < times; i++) {
      for (var version : versions.entrySet()) {
        String path =
            "laws/"
                + version.getKey()
                + "/editions?lang=es&format=json&version="
                + version.getValue();
        Reply reply = get(path, null);
        get(path, reply.etag());
      }
    }
  }

  private Row measure(String slug, int version, String langs, EditionFormat format)
      throws IOException, InterruptedException {
    String working = "laws/" + slug + "/editions?lang=" + langs + "&format=" + format.code();
    String recorded = working + "&version=" + version;
    Reply first = get(recorded, null);
    var cached = new Percentiles();
    var notModified = new Percentiles();
    var workingAgain = new Percentiles();
    if (first.status() != 200) {
      return new Row(
          slug,
          langs,
          format,
          0,
          ms(first.nanos()),
          cached,
          notModified,
          Double.NaN,
          workingAgain,
          first.status() + " " + excerpt(first.body()));
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < gets; i++) {
      Reply again = get(recorded, null);
      cached.add(again.nanos());
      if (again.status() != 200 || again.body().length != first.body().length) {
        problems.add("cached GET " + again.status() + ", " + again.body().length + " bytes");
      }
    }
    for (int i = 0; i < gets; i++) {
      Reply same = get(recorded, first.etag());
      notModified.add(same.nanos());
      if (same.status() != 304) {
        problems.add("If-None-Match answered " + same.status());
      }
    }
    Reply workingFirst = get(working, null);
    for (int i = 0; i < gets; i++) {
      Reply now = get(working, null);
      workingAgain.add(now.nanos());
      if (now.status() != 200) {
        problems.add("working text " + now.status());
      }
    }
    if (workingFirst.status() != 200) {
      problems.add("working text " + workingFirst.status());
    }
    return new Row(
        slug,
        langs,
        format,
        first.body().length,
        ms(first.nanos()),
        cached,
        notModified,
        ms(workingFirst.nanos()),
        workingAgain,
        problems.isEmpty() ? null : problems.get(0) + " (" + problems.size() + "×)");
  }

  private Reply get(String path, String ifNoneMatch) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofMinutes(5)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("ETag").orElse(null),
        System.nanoTime() - start);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** A problem's detail, or the start of any other body. */
  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject().getString("detail");
    } catch (RuntimeException notAProblem) {
      String line = text.replaceAll("\\s+", " ");
      return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
  }
}
