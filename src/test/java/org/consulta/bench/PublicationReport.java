package org.consulta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The figures as Markdown: one table per part, then the targets with PASS or MISS. */
final class PublicationReport {
  private final PublicationOptions options;
  private final String loadAtStart;
  private final StringBuilder out = new StringBuilder();

  PublicationReport(PublicationOptions options) {
    this.options = options;
    this.loadAtStart = loadAverage();
  }

  String markdown(
      List<RenderRow> drafts, CodeRenders.Figures code, List<EditionDownloads.Row> downloads) {
    line("# Publication benchmark");
    line("");
    line(
        "Measured %s; %d cores; load average (1, 5, 15 min) %s at the start, %s at the end; JDK %s,"
            + " max heap %d MB. Sizes in kB (1000 bytes), times in ms.",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        loadAtStart,
        loadAverage(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    line("");
    drafts(drafts);
    if (code != null) {
      code(code);
    }
    if (downloads != null) {
      downloads(downloads);
    }
    new PublicationTargets(drafts, code, downloads).write(out);
    return out.toString();
  }

  private void drafts(List<RenderRow> rows) {
    line("## Shipped drafts, rendered in this JVM");
    line("");
    line(
        "From the edition model to the file's bytes (the edition is built once, outside the"
            + " timing). *first*: the first render of that draft in that format in this JVM; the"
            + " first row of each format also loads the format's classes and runs it uncompiled"
            + " (JIT not yet warm). *warm*: median and p95 of %d renders after %d unmeasured.",
        options.runs(), options.warmups());
    line("");
    line("| draft | lang | articles | format | first | warm median | warm p95 | kB | pages |");
    line("|---|---|---:|---|---:|---:|---:|---:|---:|");
    for (RenderRow r : rows) {
      line(
          "| %s | %s | %d | %s | %s |",
          r.document(),
          r.languages(),
          r.articles(),
          r.format().code(),
          r.timing() == null
              ? r.unavailable() + " | | | | "
              : String.join(
                  " | ",
                  ms(r.timing().firstMs),
                  ms(r.timing().warm.median()),
                  ms(r.timing().warm.millis(95)),
                  kb(r.timing().bytes()),
                  r.pages() == null ? "" : r.pages().toString()));
    }
    line("");
  }

  private void code(CodeRenders.Figures c) {
    line("## %s, rendered in this JVM", c.code());
    line("");
    line(
        "%d versions in the history. The last (%s, %d articles) as an edition, built from its text"
            + " in %s ms (cut into articles and the divisions its headings open, then assembled);"
            + " the comparative table from the first (%s, %d articles) to the last, unchanged"
            + " articles folded, built in %s ms: %d changed, %d added, %d deleted, %d moved,"
            + " %d renumbered, %d unchanged. *first* as above (these follow the drafts, so the"
            + " classes are loaded); then the median of %d more.",
        c.versions(),
        c.lastLabel(),
        c.lastArticles(),
        ms(c.editionMs()),
        c.firstLabel(),
        c.firstArticles(),
        ms(c.comparisonMs()),
        c.summary().changed(),
        c.summary().added(),
        c.summary().deleted(),
        c.summary().moved(),
        c.summary().renumbered(),
        c.summary().unchanged(),
        options.codeRuns());
    line("");
    line("| document | format | first | median | kB | pages |");
    line("|---|---|---:|---:|---:|---:|");
    for (List<RenderRow> rows : List.of(c.editions(), c.comparisons())) {
      for (RenderRow r : rows) {
        line(
            "| %s | %s | %s |",
            r.document(),
            r.format().code(),
            r.timing() == null
                ? r.unavailable() + " | | | "
                : String.join(
                    " | ",
                    ms(r.timing().firstMs),
                    ms(r.timing().warm.median()),
                    kb(r.timing().bytes()),
                    r.pages() == null ? "" : r.pages().toString()));
      }
    }
    line("");
  }

  private void downloads(List<EditionDownloads.Row> rows) {
    line("## Through the API of %s", options.url());
    line("");
    line(
        "Two new versions of each law recorded; the engine's request path warmed by %d rounds of"
            + " GETs (and 304s) of the first one's JSON editions; then, per edition of the second:"
            + " the first GET (reads the law, renders, stores the file: the first render of each"
            + " format other than JSON in this engine), %d GETs served from the disk cache, %d GETs"
            + " with If-None-Match (304); then the working text's edition, rendered at its first"
            + " GET and kept in memory for the %d after it. One request at a time, from one client"
            + " on the same machine.",
        options.warmupGets(), options.gets(), options.gets(), options.gets());
    line("");
    line(
        "| law | lang | format | kB | first GET | cached median / p95 / max | 304 median / p95 |"
            + " working text first / again median | problem |");
    line("|---|---|---|---:|---:|---:|---:|---:|---|");
    for (EditionDownloads.Row r : rows) {
      line(
          "| %s | %s | %s | %s | %s | %s / %s / %s | %s / %s | %s / %s | %s |",
          r.law(),
          r.languages(),
          r.format().code(),
          r.bytes() == 0 ? "-" : kb(r.bytes()),
          ms(r.firstMs()),
          ms(r.cached().median()),
          ms(r.cached().millis(95)),
          ms(r.cached().max()),
          ms(r.notModified().median()),
          ms(r.notModified().millis(95)),
          ms(r.workingFirstMs()),
          ms(r.workingAgain().median()),
          Optional.ofNullable(r.problem()).orElse(""));
    }
    line("");
  }

  void write(Path file, String markdown) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown);
  }

  private void line(String format, Object... args) {
    out.append(String.format(format, args)).append('\n');
  }

  static String ms(double ms) {
    return Double.isNaN(ms)
        ? "-"
        : ms >= 100 ? String.format("%.0f", ms) : String.format("%.1f", ms);
  }

  static String kb(int bytes) {
    return String.format("%.1f", bytes / 1e3);
  }

  /** The 1, 5 and 15 minute load averages, as Linux gives them; the 1 minute one elsewhere. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return String.format(
          "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
