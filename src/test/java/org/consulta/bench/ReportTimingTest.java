package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTimingTest {
  private static ReportTiming.Run run(double ms, HeapSampler.Heap heap) {
    return new ReportTiming.Run((long) (ms * 1e6), heap, null);
  }

  @Test
  void screenFormatsAreHeldToTwoSecondsAndPrintedOnesToTenOnTheMedianRun() {
    var html =
        new ReportTiming.Format(
            "html", List.of(run(2500, null), run(1900, null), run(1800, null)), 1, null);
    var pdf =
        new ReportTiming.Format(
            "pdf", List.of(run(9000, null), run(10_500, null), run(11_000, null)), 1, null);

    assertEquals(2000, html.targetMs());
    assertEquals("PASS", html.verdict());
    assertEquals(10_000, pdf.targetMs());
    assertEquals("MISS", pdf.verdict());
  }

  @Test
  void aFormatTheEngineRefusesIsReportedWithItsReasonNotTimed() {
    String problem =
        ReportTiming.problem(
            400,
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"format is 'json', 'csv' or 'html'\"}");
    var docx = new ReportTiming.Format("docx", List.of(), 0, problem);

    assertEquals("not offered (400: format is 'json', 'csv' or 'html')", docx.verdict());
    assertTrue(docx.peakHeap().isEmpty());
    assertEquals(
        "failed (500: Internal Server Error)", ReportTiming.problem(500, "Internal Server Error"));
  }

  @Test
  void theHeapReportedIsTheRunThatPeakedHighest() {
    var low = new HeapSampler.Heap(200, 400, 1, 0, 10);
    var high = new HeapSampler.Heap(250, 900, 3, 0, 12);
    var json =
        new ReportTiming.Format(
            "json", List.of(run(100, low), run(120, high), run(90, null)), 1, null);

    assertEquals(high, json.peakHeap().orElseThrow());
  }
}
