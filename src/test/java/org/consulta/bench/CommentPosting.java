package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts comments from several client threads, spread over the nodes in turn, and measures the
 * throughput and latency of the acknowledged ones.
 */
record CommentPosting(int posted, int failed, double seconds, Percentiles latency) {
  static CommentPosting run(NodesBenchmark.Round round, List<URI> nodes, int comments, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Percentiles>> parts = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      parts.add(
          pool.submit(
              () -> {
                Random random = new Random(seed);
                Percentiles latency = new Percentiles();
                for (int i = next.getAndIncrement(); i < comments; i = next.getAndIncrement()) {
                  String article = round.articles().get(random.nextInt(round.articles().size()));
                  long sent = System.nanoTime();
                  int status =
                      round.comment(
                          i,
                          nodes.get(i % nodes.size()),
                          article,
                          "Comentario de carga " + i + " sobre la paridad.");
                  if (status == 201) {
                    latency.add(System.nanoTime() - sent);
                  } else {
                    failed.incrementAndGet();
                  }
                }
                return latency;
              }));
    }
    Percentiles all = new Percentiles();
    for (Future<Percentiles> part : parts) {
      all.addAll(part.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    return new CommentPosting(all.count(), failed.get(), seconds, all);
  }

  double perSecond() {
    return posted / seconds;
  }

  String summary() {
    return "%d comments in %.1f s: %.1f/s, latency median %.1f ms, p99 %.1f ms, %d failed"
        .formatted(posted, seconds, perSecond(), latency.median(), latency.p99(), failed);
  }

  JsonObject json() {
    return Json.createObjectBuilder()
        .add("posted", posted)
        .add("failed", failed)
        .add("seconds", Math.round(seconds * 100) / 100.0)
        .add("perSecond", Math.round(perSecond() * 10) / 10.0)
        .add("latency", latency.json())
        .build();
  }
}
