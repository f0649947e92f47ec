package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one kind of request, summarised by nearest-rank percentiles in milliseconds. */
final class Percentiles {
  private final List<Long> nanos = new ArrayList<>();

  void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  void addAll(Percentiles other) {
    nanos.addAll(other.nanos);
  }

  int count() {
    return nanos.size();
  }

  /**
   * The {@code p}-th percentile (0 &lt; p &lt;= 100) in milliseconds; NaN when there is no sample.
   */
  double millis(double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  double median() {
    return millis(50);
  }

  double p99() {
    return millis(99);
  }

  double max() {
    return millis(100);
  }

  JsonObject json() {
    var o = Json.createObjectBuilder().add("count", count());
    if (count() > 0) {
      o.add("medianMs", round(median())).add("p99Ms", round(p99())).add("maxMs", round(max()));
    }
    return o.build();
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }
}
