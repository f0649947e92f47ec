package org.consulta.bench;

import java.util.function.Supplier;

/**
 * How long one document takes to render in this JVM: the first render (class loading and an
 * interpreted, unoptimised JIT included), then warm renders after a few that are not measured.
 */
final class RenderTiming {
  final double firstMs;
  final Percentiles warm = new Percentiles();
  final byte[] output;

  RenderTiming(double firstMs, byte[] output) {
    this.firstMs = firstMs;
    this.output = output;
  }

  static RenderTiming of(Supplier<byte[]> render, int warmups, int runs) {
    long start = System.nanoTime();
    byte[] first = render.get();
    var timing = new RenderTiming((System.nanoTime() - start) / 1e6, first);
    for (int i = 0; i < warmups; i++) {
      render.get();
    }
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      render.get();
      timing.warm.add(System.nanoTime() - t);
    }
    return timing;
  }

  int bytes() {
    return output.length;
  }
}
