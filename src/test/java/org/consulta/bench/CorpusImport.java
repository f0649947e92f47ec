package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Imports the corpus into the engine as its command-line client does (the file streamed to {@code
 * POST /api/legislation/imports}, then its progress followed), timed until the index reflects every
 * record; then reads what the database and the index take on disk.
 */
final class CorpusImport {
  /** What importing took and left behind. */
  record ImportFigures(
      long provisions,
      long errors,
      double seconds,
      double searchableSeconds,
      Double engineRate,
      long databaseBytes,
      long indexBytes) {
    double rate() {
      return provisions / searchableSeconds;
    }

    JsonObject json() {
      var o =
          Json.createObjectBuilder()
              .add("provisions", provisions)
              .add("errors", errors)
              .add("importSeconds", seconds)
              .add("searchableSeconds", searchableSeconds)
              .add("provisionsPerSecond", Math.round(rate()))
              .add("databaseBytes", databaseBytes)
              .add("indexBytes", indexBytes);
      if (engineRate != null) {
        o.add("engineReportedRate", engineRate);
      }
      return o.build();
    }
  }

  private CorpusImport() {}

  static ImportFigures run(ConsultaApi admin, Path file, Path dataDir)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long start = System.nanoTime();
    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(
                    admin
                        .api()
                        .resolve("legislation/imports?format=jsonl&name=" + file.getFileName()))
                .header("Authorization", admin.authorization())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      throw new IllegalStateException(
          "the engine refused the import: " + started.statusCode() + " " + started.body());
    }
    String progress = started.headers().firstValue("Location").orElseThrow();
    String id = progress.substring(progress.lastIndexOf('/') + 1);
    JsonObject done = follow(admin, id);
    double seconds = (System.nanoTime() - start) / 1e9;
    waitForIndex(admin);
    double searchable = (System.nanoTime() - start) / 1e9;
    JsonObject index = admin.get("legislation/index").json();
    return new ImportFigures(
        done.getJsonNumber("processed").longValue() - done.getJsonNumber("errorCount").longValue(),
        done.getJsonNumber("errorCount").longValue(),
        seconds,
        searchable,
        done.isNull("rate") ? null : done.getJsonNumber("rate").doubleValue(),
        dataDir == null ? -1 : DatabaseFileSize.of(dataDir),
        dataDir == null
            ? index.getJsonNumber("sizeBytes").longValue()
            : size(dataDir.resolve("index")));
  }

  private static JsonObject follow(ConsultaApi admin, String id)
      throws IOException, InterruptedException {
    while (true) {
      Thread.sleep(250);
      JsonObject progress = admin.get("legislation/imports/" + id).json();
      String state = progress.getString("state");
      switch (state) {
        case "done" -> {
          return progress;
        }
        case "refused", "failed" ->
            throw new IllegalStateException("the import " + state + ": " + progress);
        default -> {}
      }
    }
  }

  private static void waitForIndex(ConsultaApi admin) throws IOException, InterruptedException {
    while (!admin.get("legislation/index").json().getBoolean("current")) {
      Thread.sleep(100);
    }
  }

  static long size(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      long bytes = 0;
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        try {
          bytes += Files.size(p);
        } catch (NoSuchFileException mergedAway) {
          // a merge deleted it since the listing; it no longer counts
        }
      }
      return bytes;
    }
  }
}
