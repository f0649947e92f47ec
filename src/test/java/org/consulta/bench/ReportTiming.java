package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Times building a round's report in each format, a few runs each, and weighs the answers. */
final class ReportTiming {
  /** One format: its latencies and the size of its last answer in UTF-8 bytes. */
  record Format(String name, Percentiles latency, long bytes) {}

  final List<Format> formats = new ArrayList<>();
  ReportCounts counts;

  static ReportTiming measure(ConsultaApi drafter, long round, int runs)
      throws IOException, InterruptedException {
    var timing = new ReportTiming();
    for (String format : List.of("json", "csv", "html", "pdf", "docx")) {
      var latency = new Percentiles();
      long bytes = 0;
      for (int r = 0; r < runs; r++) {
        var answer = drafter.get("consultations/" + round + "/report?format=" + format);
        if (!answer.ok()) {
          continue; // kept in the API's failures
        }
        latency.add(answer.nanos());
        bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
        if (format.equals("json") && timing.counts == null) {
          timing.counts = ReportCounts.of(answer.body());
        }
      }
      timing.formats.add(new Format(format, latency, bytes));
    }
    return timing;
  }

  JsonObject json() {
    var o = Json.createObjectBuilder();
    for (Format f : formats) {
      o.add(
          f.name(),
          Json.createObjectBuilder().add("bytes", f.bytes()).add("latency", f.latency().json()));
    }
    return o.build();
  }
}
