package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of one consultation benchmark run, as text for people and as JSON for tools. */
record ConsultationSummary(
    ConsultationOptions options,
    ConsultationSetup.Round round,
    LoadFigures load,
    ReportCounts afterLoad,
    ReanchorMeasurement reanchor,
    ReportTiming reports,
    CarrierMicrobenchmark carrier,
    List<ApiFailure> failures) {

  void print(PrintStream out) {
    out.printf(
        "Law %s (%d articles in %s), round %d, %d participants; baseline law %s%n",
        round.law(),
        round.articles().size(),
        ConsultationSetup.LANG,
        round.id(),
        round.participants().size(),
        round.quietLaw());
    var registry = round.registry();
    out.printf(
        "Organisations: %d imported from one CSV file in %.2f s (%d created, %d skipped as"
            + " known); participants speak for %d of them%n",
        registry.members().size(),
        registry.seconds(),
        registry.created(),
        registry.skipped(),
        Math.min(registry.members().size(), round.participants().size()));
    out.printf(
        "Meetings: %d held on the round; %d contributions recorded at them (%d by named"
            + " speakers), latency ms (median/p99/max) %s%n",
        round.meetings().size(),
        load.atMeetings.count(),
        load.namedSpeakers,
        triple(load.atMeetings));
    out.printf(
        "Load: %d comments + %d suggestions + %d at meetings and %d revisions in %.1f s with %d"
            + " threads: %.1f contributions/s%n",
        load.comments.count(),
        load.suggestions.count(),
        load.atMeetings.count(),
        load.revisions.count(),
        load.seconds,
        load.threads,
        load.rate());
    out.printf(
        "  latency ms (median/p99/max): comment %s, suggestion %s, revision %s%n",
        triple(load.comments), triple(load.suggestions), triple(load.revisions));
    out.printf(
        "  %d on a passage, %d on a whole article; %d on the head, %d on an earlier revision,"
            + " %d on the consulted version%n",
        load.onPassage,
        load.wholeArticle,
        load.onHead,
        load.onEarlierRevision,
        load.onConsultedVersion);
    out.println("Anchor states after the load: " + states(afterLoad));
    out.printf(
        "Re-anchoring: one more edit of each of %d articles (%.0f comments each on average)%n",
        reanchor.edits.size(),
        reanchor.edits.stream()
            .mapToInt(ReanchorMeasurement.ArticleEdit::comments)
            .average()
            .orElse(0));
    if (reanchor.failed > 0) {
      out.printf("  %d articles left out: an edit failed (see the API errors)%n", reanchor.failed);
    }
    out.printf(
        "  with comments:    %s ms (median/p99/max), %.2f s in all = re-anchoring every comment once%n",
        triple(reanchor.withComments), reanchor.totalSeconds());
    out.printf(
        "  without comments: %s ms (median/p99/max), %.2f s in all%n",
        triple(reanchor.withoutComments), reanchor.quietTotalSeconds());
    out.println(
        "  slowest: "
            + reanchor.slowest(5).stream()
                .map(
                    e ->
                        String.format(
                            "%s %.0f ms (%d comments, %s)",
                            e.eId(), e.nanos() / 1e6, e.comments(), name(e.kind())))
                .collect(Collectors.joining("; ")));
    out.println("Anchor states at the end: " + states(reports.counts));
    out.println(
        "Report (lang " + ConsultationSetup.LANG + "; target on the median run; heap in MB):");
    for (ReportTiming.Format f : reports.formats) {
      out.println("  " + reportLine(f));
    }
    out.printf(
        "Carrier in process: %d passages over %d revision pairs, %.2f µs per anchor;"
            + " diff %s ms (median/p99/max); landed %s%n",
        carrier.carried,
        carrier.pairs,
        carrier.microsPerAnchor(),
        triple(carrier.diff),
        carrier.states);
    if (failures.isEmpty()) {
      out.println("API errors: none");
    } else {
      out.println("API errors: " + failures.size());
      failures.stream().limit(50).forEach(f -> out.println("  " + f.line()));
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var failed = Json.createArrayBuilder();
    failures.forEach(f -> failed.add(f.json()));
    JsonObject report =
        Json.createObjectBuilder()
            .add("measuredAt", Instant.now().toString())
            .add("engine", options.url().toString())
            .add("law", round.law())
            .add("baselineLaw", round.quietLaw())
            .add("round", round.id())
            .add("articles", round.articles().size())
            .add("participants", round.participants().size())
            .add(
                "organisations",
                Json.createObjectBuilder()
                    .add("inFile", round.registry().members().size())
                    .add("created", round.registry().created())
                    .add("skipped", round.registry().skipped())
                    .add("importSeconds", Math.round(round.registry().seconds() * 100) / 100.0))
            .add("meetings", round.meetings().size())
            .add("meetingShare", options.meetingShare())
            .add("reportLang", ConsultationSetup.LANG)
            .add("heapSampled", options.enginePid() != null)
            .add("load", load.json())
            .add("afterLoad", json(afterLoad))
            .add("reanchoring", reanchor.json())
            .add("atEnd", json(reports.counts))
            .add("reports", reports.json())
            .add("carrierInProcess", carrier.json())
            .add("apiErrors", failed)
            .build();
    JsonWriterFactory pretty =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      pretty.createWriter(out).write(report);
    }
  }

  static String reportLine(ReportTiming.Format f) {
    String target = String.format("under %.0f s: %s", f.targetMs() / 1000, f.verdict());
    if (f.runs().isEmpty()) {
      return String.format("%-4s  %s", f.name(), target);
    }
    var latency = f.latency();
    String line =
        String.format(
            "%-4s  %s ms (median/max of %d, first %s), %.2f MB",
            f.name(),
            ms(latency.median()) + "/" + ms(latency.max()),
            latency.count(),
            ms(f.runs().get(0).nanos() / 1e6),
            f.bytes() / 1e6);
    String heap =
        f.peakHeap()
            .map(
                h ->
                    String.format(
                        "; heap %.0f before, peak %.0f (+%.0f), %d young + %d full GCs during it",
                        h.beforeMb(),
                        h.peakMb(),
                        h.peakMb() - h.beforeMb(),
                        h.youngGcs(),
                        h.fullGcs()))
            .orElse("");
    String cpu = f.engineCpuMs().map(ms -> String.format("; engine CPU %.0f ms", ms)).orElse("");
    return line + cpu + heap + "; " + target;
  }

  private static JsonObject json(ReportCounts counts) {
    return counts == null ? JsonObject.EMPTY_JSON_OBJECT : counts.json();
  }

  private static String states(ReportCounts counts) {
    if (counts == null) {
      return "not measured (the report failed)";
    }
    long all = 0;
    for (String state : counts.byAnchorState().keySet()) {
      all += counts.inState(state);
    }
    StringBuilder line = new StringBuilder();
    for (String state : List.of("exact", "moved", "changed", "orphaned")) {
      long n = counts.inState(state);
      line.append(String.format("%s %d (%.1f%%)  ", state, n, all == 0 ? 0 : 100.0 * n / all));
    }
    return line.toString().trim();
  }

  private static String triple(Percentiles p) {
    return p.count() == 0 ? "-" : ms(p.median()) + "/" + ms(p.p99()) + "/" + ms(p.max());
  }

  private static String ms(double ms) {
    return ms >= 100 ? String.format("%.0f", ms) : String.format("%.1f", ms);
  }

  private static String name(Redraft kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
