package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0, "d", 2);

  @Test
  void theIdealOrderScoresOne() {
    assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "d", "b"), GRADES, 10), 1e-12);
  }

  @Test
  void ndcgDiscountsByTheLogarithmOfTheRank() {
    // DCG: 0 (x) + 2/log2(3) (a) + 1/log2(4) (b) ; ideal: 2 + 2/log2(3) + 1/2
    double dcg = 2 / Math.log(3) * Math.log(2) + 0.5;
    double ideal = 2 + 2 / Math.log(3) * Math.log(2) + 0.5;
    assertEquals(dcg / ideal, RankingMetrics.ndcg(List.of("x", "a", "b"), GRADES, 10), 1e-12);
  }

  @Test
  void theIdealComesFromEveryJudgedProvisionNotOnlyThoseRetrieved() {
    // only b retrieved, at rank 1: 1 / (2 + 2/log2(3) + 1/2)
    double ideal = 2 + 2 / Math.log(3) * Math.log(2) + 0.5;
    assertEquals(1 / ideal, RankingMetrics.ndcg(List.of("b"), GRADES, 10), 1e-12);
  }

  @Test
  void theCutOffLimitsBothTheRankingAndTheIdeal() {
    // k = 1: a at rank 2 does not count; the ideal is one grade-2 provision
    assertEquals(0, RankingMetrics.ndcg(List.of("c", "a"), GRADES, 1), 1e-12);
    assertEquals(0.5, RankingMetrics.ndcg(List.of("b", "a"), GRADES, 1), 1e-12);
  }

  @Test
  void unjudgedProvisionsCountAsNotRelevant() {
    assertEquals(0, RankingMetrics.ndcg(List.of("y", "z"), GRADES, 10), 1e-12);
    assertEquals(0, RankingMetrics.recall(List.of("y", "z"), GRADES, 10), 1e-12);
    assertEquals(0, RankingMetrics.reciprocalRank(List.of("y", "z"), GRADES, 10), 1e-12);
  }

  @Test
  void recallCountsGradeOneAndTwoWithinTheCutOff() {
    assertEquals(2 / 3.0, RankingMetrics.recall(List.of("a", "c", "b", "d"), GRADES, 3), 1e-12);
    assertEquals(1, RankingMetrics.recall(List.of("a", "c", "b", "d"), GRADES, 10), 1e-12);
  }

  @Test
  void reciprocalRankIsOfTheFirstRelevantWithinTheCutOff() {
    assertEquals(1 / 3.0, RankingMetrics.reciprocalRank(List.of("c", "x", "b"), GRADES, 10));
    assertEquals(0, RankingMetrics.reciprocalRank(List.of("c", "x", "b"), GRADES, 2));
  }

  @Test
  void aQuestionWithoutRelevantProvisionsScoresZero() {
    Map<String, Integer> none = Map.of("c", 0);
    assertEquals(0, RankingMetrics.ndcg(List.of("c"), none, 10));
    assertEquals(0, RankingMetrics.recall(List.of("c"), none, 10));
  }

  @Test
  void judgedCountsTheJudgedAmongTheFirstResults() {
    assertEquals(2, RankingMetrics.judged(List.of("a", "x", "c", "d"), GRADES, 3));
  }
}
