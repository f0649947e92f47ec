package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceReportTest {
  private static final RelevanceQuestion ES =
      new RelevanceQuestion("es01", "es", "mono", "tune", "paridad", "parity");
  private static final RelevanceQuestion FR =
      new RelevanceQuestion("fr01", "fr", "cross", "test", "parité", "parity");
  private static final RelevanceSet SET =
      new RelevanceSet(
          List.of(ES, FR), Map.of("es01", Map.of("a", 2, "b", 0), "fr01", Map.of("a", 2, "c", 1)));

  @Test
  void groupsAverageTheirQuestions() {
    var report = new RelevanceReport(SET, 10);
    report.add("s", ES, List.of("a"));
    report.add("s", FR, List.of("x", "a"));
    assertEquals(1.0, report.mean("s", group("es")).reciprocalRank());
    assertEquals(0.5, report.mean("s", group("fr")).reciprocalRank());
    assertEquals(0.75, report.mean("s", group("all")).reciprocalRank());
    assertEquals(0.5, report.mean("s", group("cross")).recall());
    assertEquals(2, report.mean("s", group("all")).judged());
    assertEquals(3, report.mean("s", group("all")).returned());
  }

  @Test
  void theTableNamesTheUnjudgedResults() {
    var report = new RelevanceReport(SET, 10);
    report.add("s", ES, List.of("a", "b"));
    report.add("s", FR, List.of("x", "a"));
    assertEquals(List.of("x"), report.unjudged("s", FR));
    var out = new ByteArrayOutputStream();
    report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("fr01, unjudged in its top 10: [x]"));
  }

  private static RelevanceReport.Group group(String name) {
    return RelevanceReport.groups().stream().filter(g -> g.name().equals(name)).findFirst().get();
  }
}
