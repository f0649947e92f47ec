package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks both sides the same questions over HTTP: warm-up passes first (the totals are read there),
 * then measured passes that alternate between the sides, each pass the whole query set in a fresh
 * random order shared by a few client threads. Alternating means that load from elsewhere on the
 * machine falls on both sides alike.
 */
final class SearchLoad {
  private final List<ResearchQuery> queries;
  private final int limit;
  private final int threads;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  SearchLoad(List<ResearchQuery> queries, int limit, int threads) {
    this.queries = queries;
    this.limit = limit;
    this.threads = threads;
  }

  void run(List<SearchSide> sides, int warmups, int passes, long seed) throws Exception {
    var random = new Random(seed);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < warmups; i++) {
        for (SearchSide side : sides) {
          pass(pool, side, shuffled(random), i == 0, false);
        }
      }
      for (int i = 0; i < passes; i++) {
        List<ResearchQuery> order = shuffled(random);
        List<SearchSide> turn = new ArrayList<>(sides);
        if (i % 2 == 1) {
          Collections.reverse(turn);
        }
        for (SearchSide side : turn) {
          pass(pool, side, order, false, true);
        }
        System.err.printf("  pass %d of %d%n", i + 1, passes);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ResearchQuery> shuffled(Random random) {
    List<ResearchQuery> order = new ArrayList<>(queries);
    Collections.shuffle(order, random);
    return order;
  }

  private void pass(
      ExecutorService pool, SearchSide side, List<ResearchQuery> order, boolean read, boolean timed)
      throws Exception {
    var next = new AtomicInteger();
    List<Future<?>> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      clients.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < order.size(); i = next.getAndIncrement()) {
                  ask(side, order.get(i), read, timed);
                }
                return null;
              }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    if (timed) {
      side.wallSeconds += (System.nanoTime() - start) / 1e9;
    }
  }

  private void ask(SearchSide side, ResearchQuery query, boolean read, boolean timed)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(side.uri(query, limit))
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "application/json")
            .GET()
            .build();
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long nanos = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      side.fail(query, response.statusCode(), response.body());
      return;
    }
    if (timed) {
      side.record(query, nanos);
    }
    if (read) {
      try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
        side.answered(
            query,
            json.readObject().getJsonNumber("total").longValue(),
            response.body().getBytes(StandardCharsets.UTF_8).length);
      }
    }
  }
}
