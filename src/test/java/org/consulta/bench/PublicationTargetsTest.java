package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.publication.ComparisonSummary;
import org.consulta.publication.EditionFormat;
import org.junit.jupiter.api.Test;

class PublicationTargetsTest {
  @Test
  void eachTargetIsJudgedOnTheFigureThatAnswersIt() {
    List<RenderRow> drafts =
        List.of(
            row("digital-violence", 40, EditionFormat.JSON, 300),
            row("digital-violence", 40, EditionFormat.PDF, 1500),
            row("parity", 38, EditionFormat.PDF, 200));
    var code =
        new CodeRenders.Figures(
            "codigo",
            2,
            500,
            600,
            "v1",
            "v2",
            10,
            20,
            new ComparisonSummary(0, 0, 0, 0, 0, 0),
            List.of(row("codigo", 600, EditionFormat.PDF, 9000)),
            List.of());
    var cached = new Percentiles();
    for (int i = 1; i <= 20; i++) {
      cached.add(i * 1_000_000L); // 1 to 20 ms: the p95 is 19 ms
    }
    var downloads =
        List.of(
            new EditionDownloads.Row(
                "parity",
                "es",
                EditionFormat.PDF,
                1000,
                800,
                cached,
                new Percentiles(),
                400,
                new Percentiles(),
                null));
    var out = new StringBuilder();

    new PublicationTargets(drafts, code, downloads).write(out);

    String table = out.toString();
    assertTrue(
        table.contains(
            "| digital-violence es (40 articles), the first PDF render in the JVM | 1500 | MISS |"),
        table);
    assertTrue(
        table.contains("| parity es, the engine's first PDF (first GET) | 800 | PASS |"), table);
    assertTrue(table.contains("cached GETs) | parity es pdf | 19.0 | PASS |"), table);
    assertTrue(table.contains("median of cached GETs | parity es pdf | 10.0 | PASS |"), table);
    assertTrue(table.contains("as pdf under 10 s | codigo, first render | 9000 | PASS |"), table);
    assertTrue(
        table.contains("| DOCX of the code: this build renders none | | | not measured |"), table);
  }

  private static RenderRow row(String document, int articles, EditionFormat format, double ms) {
    return new RenderRow(
        document, "es", articles, format, new RenderTiming(ms, new byte[10]), null, null);
  }
}
