package org.consulta.bench;

import java.util.List;
import java.util.Map;

/**
 * Graded ranking measures at a cut-off, for one question: a ranking (provision ids, best first)
 * against the grades of the judged provisions; an unjudged provision counts as grade 0.
 */
final class RankingMetrics {
  private RankingMetrics() {}

  /**
   * Discounted gain of the first {@code k} results (gain = grade, discount log2(rank + 1)) over the
   * same for the ideal order of every judged provision; 0 when none is relevant.
   */
  static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += grades.getOrDefault(ranking.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of the relevant provisions (grade 1 or 2) found among the first {@code k}. */
  static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found =
        ranking.stream().limit(k).distinct().filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  /** 1 / rank of the first relevant provision (grade 1 or 2) among the first {@code k}, else 0. */
  static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (grades.getOrDefault(ranking.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** How many of the first {@code k} results were judged at all (a measure of the pool). */
  static int judged(List<String> ranking, Map<String, Integer> grades, int k) {
    return (int) ranking.stream().limit(k).filter(grades::containsKey).count();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
