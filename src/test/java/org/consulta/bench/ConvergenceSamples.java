package org.consulta.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.consulta.nodes.Convergence;

/**
 * How long a comment acknowledged by one node takes to be found by a search on the other: marker
 * comments, each with a word of its own, posted on one node and looked for on the other, turn and
 * turn about.
 */
final class ConvergenceSamples {
  private final Percentiles delays = new Percentiles();

  /** {@code count} markers, one at a time, with nothing else going on. */
  static ConvergenceSamples quiet(NodesBenchmark.Round round, URI a, URI b, int count) {
    var samples = new ConvergenceSamples();
    for (int i = 0; i < count; i++) {
      samples.sample(round, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, "q" + i);
    }
    return samples;
  }

  private void sample(NodesBenchmark.Round round, URI on, URI other, String tag) {
    String word = "marca" + tag + Long.toHexString(System.nanoTime());
    int status = round.comment(0, on, "art_1", "Marcador " + word + ".");
    if (status != 201) {
      throw new IllegalStateException("a marker comment was refused: " + status);
    }
    long acknowledged = System.nanoTime();
    Duration delay =
        Convergence.await(acknowledged, "marker " + word, () -> round.found(other, word) == 1);
    delays.add(delay.toNanos());
  }

  String summary() {
    return "%d samples, median %.0f ms, max %.0f ms"
        .formatted(delays.count(), delays.median(), delays.max());
  }

  JsonObject json() {
    return delays.json();
  }

  /** Markers every 200 ms from a thread of its own while something else loads the nodes. */
  static final class Sampler {
    private final NodesBenchmark.Round round;
    private final URI a;
    private final URI b;
    private final ConvergenceSamples samples = new ConvergenceSamples();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Thread thread;

    Sampler(NodesBenchmark.Round round, URI a, URI b) {
      this.round = round;
      this.a = a;
      this.b = b;
    }

    void start() {
      thread =
          new Thread(
              () -> {
                for (int i = 0; !stopped.get(); i++) {
                  samples.sample(round, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, "l" + i);
                  NodesBenchmark.pause(Duration.ofMillis(200));
                }
              },
              "convergence-sampler");
      thread.start();
    }

    ConvergenceSamples stop() throws InterruptedException {
      stopped.set(true);
      thread.join();
      return samples;
    }
  }
}
