package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Times building a round's report in every format the issue names, a few runs each, weighs the
 * answers and, given a sampler, the engine's heap while each builds. A format the engine refuses (a
 * 4xx) is reported as not offered; one that fails (a 5xx) as failed, with the engine's words.
 */
final class ReportTiming {
  static final List<String> FORMATS = List.of("json", "csv", "html", "pdf", "docx");
  private static final double TEXT_TARGET_MS = 2_000;
  private static final double PRINT_TARGET_MS = 10_000;

  /**
   * One request: how long it took, the heap around it and the CPU the engine used meanwhile (null
   * when not measured).
   */
  record Run(long nanos, HeapSampler.Heap heap, Long engineCpuNanos) {}

  /**
   * One format: its runs, the size of its last answer in bytes, and why it has none when the engine
   * refused or failed it.
   */
  record Format(String name, List<Run> runs, long bytes, String problem) {
    Percentiles latency() {
      var latency = new Percentiles();
      runs.forEach(r -> latency.add(r.nanos()));
      return latency;
    }

    /** The bar: 2 s for the formats read on screen, 10 s for the printed ones. */
    double targetMs() {
      return name.equals("pdf") || name.equals("docx") ? PRINT_TARGET_MS : TEXT_TARGET_MS;
    }

    /** PASS when the median run is under the target; otherwise MISS, or why nothing was timed. */
    String verdict() {
      if (runs.isEmpty()) {
        return problem == null ? "not measured" : problem;
      }
      return latency().median() < targetMs() ? "PASS" : "MISS";
    }

    /** The median of the engine's CPU time over the runs, in ms, if it was measured. */
    Optional<Double> engineCpuMs() {
      var cpu = new Percentiles();
      runs.stream().map(Run::engineCpuNanos).filter(n -> n != null).forEach(cpu::add);
      return cpu.count() == 0 ? Optional.empty() : Optional.of(cpu.median());
    }

    /** The run whose heap peaked highest, if the heap was measured. */
    Optional<HeapSampler.Heap> peakHeap() {
      return runs.stream()
          .map(Run::heap)
          .filter(h -> h != null)
          .max(Comparator.comparingDouble(HeapSampler.Heap::peakMb));
    }
  }

  final List<Format> formats = new ArrayList<>();
  ReportCounts counts;

  /** {@code heap} and {@code enginePid} null: times without sampling the engine. */
  static ReportTiming measure(
      ConsultaApi drafter,
      long round,
      String lang,
      List<String> formats,
      int runs,
      HeapSampler heap,
      Long enginePid)
      throws Exception {
    var timing = new ReportTiming();
    for (String format : formats) {
      String path = "consultations/" + round + "/report?format=" + format + "&lang=" + lang;
      List<Run> timed = new ArrayList<>();
      long bytes = 0;
      String problem = null;
      for (int r = 0; r < runs && problem == null; r++) {
        ConsultaApi.Download answer;
        HeapSampler.Heap around = null;
        long cpuBefore = enginePid == null ? 0 : ProcessCpu.nanos(enginePid);
        if (heap == null) {
          answer = drafter.download(path);
        } else {
          var measured = heap.around(() -> drafter.download(path));
          answer = measured.value();
          around = measured.heap();
        }
        if (!answer.ok()) {
          problem = problem(answer.status(), answer.text());
          continue;
        }
        Long cpu = enginePid == null ? null : ProcessCpu.nanos(enginePid) - cpuBefore;
        timed.add(new Run(answer.nanos(), around, cpu));
        bytes = answer.body().length;
        if (format.equals("json") && timing.counts == null) {
          timing.counts = ReportCounts.of(answer.text());
        }
      }
      timing.formats.add(new Format(format, List.copyOf(timed), bytes, problem));
    }
    return timing;
  }

  /**
   * "not offered (400: …)" for a refusal, "failed (500: …)" otherwise, with the engine's detail.
   */
  static String problem(int status, String body) {
    String detail = body.strip();
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonObject problem = reader.readObject();
      detail = problem.getString("detail", problem.getString("title", detail));
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      // Not problem+json: the body itself says what went wrong.
    }
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "…";
    }
    return (status / 100 == 4 ? "not offered" : "failed") + " (" + status + ": " + detail + ")";
  }

  JsonObject json() {
    var o = Json.createObjectBuilder();
    for (Format f : formats) {
      JsonObjectBuilder format =
          Json.createObjectBuilder()
              .add("bytes", f.bytes())
              .add("latency", f.latency().json())
              .add("targetMs", f.targetMs())
              .add("verdict", f.verdict());
      var runs = Json.createArrayBuilder();
      for (Run r : f.runs()) {
        var run = Json.createObjectBuilder().add("ms", Math.round(r.nanos() / 1e4) / 100.0);
        if (r.heap() != null) {
          run.add("heapBeforeMb", mb(r.heap().beforeMb()))
              .add("heapPeakMb", mb(r.heap().peakMb()))
              .add("youngGcs", r.heap().youngGcs())
              .add("fullGcs", r.heap().fullGcs())
              .add("heapSamples", r.heap().samples());
        }
        if (r.engineCpuNanos() != null) {
          run.add("engineCpuMs", Math.round(r.engineCpuNanos() / 1e6));
        }
        runs.add(run);
      }
      format.add("runs", runs);
      if (f.problem() != null) {
        format.add("problem", f.problem());
      }
      o.add(f.name(), format);
    }
    return o.build();
  }

  private static double mb(double mb) {
    return Math.round(mb * 10) / 10.0;
  }
}
