package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportCountsTest {
  @Test
  void readsTheTotalsAndAnchorStatesAndSkipsTheRest() {
    String report =
        """
        {"round": {"id": 1, "languages": ["es"]}, "totals": {"comments": 5, "suggestions": 1},
         "bySector": {"academia": 6}, "byAnchorState": {"changed": 2, "exact": 3, "orphaned": 1},
         "articles": [{"eId": "art_1", "entries": [{"anchor": {"state": "moved"}}]}],
         "unanswered": []}
        """;
    ReportCounts counts = ReportCounts.of(report);
    assertEquals(5, counts.totals().getInt("comments"));
    assertEquals(3, counts.inState("exact"));
    assertEquals(0, counts.inState("moved"));
    assertEquals(1, counts.inState("orphaned"));
  }
}
