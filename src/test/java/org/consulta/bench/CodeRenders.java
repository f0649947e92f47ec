package org.consulta.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consulta.publication.Comparison;
import org.consulta.publication.ComparisonBuilder;
import org.consulta.publication.ComparisonSummary;
import org.consulta.publication.Edition;
import org.consulta.publication.EditionFormat;
import org.consulta.publication.EditionRendering;
import org.consulta.publication.EditionVersion;
import org.consulta.publication.Unchanged;

/**
 * The largest real code as an edition of its last version in every format, and the comparative
 * table of its first and last versions, rendered in this JVM.
 */
final class CodeRenders {
  /** What was measured: the sizes of the two texts, the model's build times, the renders. */
  record Figures(
      String code,
      int versions,
      int firstArticles,
      int lastArticles,
      String firstLabel,
      String lastLabel,
      double editionMs,
      double comparisonMs,
      ComparisonSummary summary,
      List<RenderRow> editions,
      List<RenderRow> comparisons) {}

  private CodeRenders() {}

  static Figures run(PublicationOptions options, RenderedFiles files) throws IOException {
    var history = new HistoryFile(options.history().resolve(options.code() + HistoryFile.SUFFIX));
    // The first and the last version; the versions between are streamed past, not kept.
    HistoryFile.Version[] ends = new HistoryFile.Version[2];
    List<EditionVersion> stamps = new ArrayList<>();
    history.forEach(
        Integer.MAX_VALUE,
        version -> {
          ends[ends[0] == null ? 0 : 1] = version;
          stamps.add(CodeEdition.stamp(version));
        });
    HistoryFile.Version first = ends[0];
    HistoryFile.Version last = ends[1] == null ? first : ends[1];
    Instant now = Instant.now();
    long start = System.nanoTime();
    Edition later = CodeEdition.of(options.code(), last, stamps, now);
    double editionMs = (System.nanoTime() - start) / 1e6;
    Edition earlier = CodeEdition.of(options.code(), first, stamps.subList(0, 1), now);
    start = System.nanoTime();
    Comparison comparison = ComparisonBuilder.between(earlier, later, Unchanged.FOLD);
    double comparisonMs = (System.nanoTime() - start) / 1e6;

    var rendering = new EditionRendering();
    List<RenderRow> editions = new ArrayList<>();
    List<RenderRow> comparisons = new ArrayList<>();
    String table = options.code() + "_comparison";
    for (EditionFormat format : EditionFormat.values()) {
      System.err.printf("  %s %s%n", options.code(), format.code());
      editions.add(
          files.render(
              options.code(),
              "es",
              later.articles().size(),
              format,
              () -> rendering.render(later, format),
              0,
              options.codeRuns()));
      comparisons.add(
          files.render(
              table,
              "es",
              comparison.rows().size(),
              format,
              () -> rendering.render(comparison, format),
              0,
              options.codeRuns()));
    }
    return new Figures(
        options.code(),
        stamps.size(),
        earlier.articles().size(),
        later.articles().size(),
        first.label(),
        last.label(),
        editionMs,
        comparisonMs,
        comparison.summary(),
        editions,
        comparisons);
  }
}
