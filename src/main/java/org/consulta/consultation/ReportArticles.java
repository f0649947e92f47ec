package org.consulta.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consulta.consultation.ReportAssembly.Consulted;

/**
 * The report's articles in the consulted order, then the articles inserted since, by eId: a count
 * for each, and the consulted articles without contributions in runs.
 */
final class ReportArticles {
  private ReportArticles() {}

  static List<ConsultationReport.ArticleCount> perArticle(
      List<Consulted> consulted, Map<String, Integer> byArticle) {
    List<ConsultationReport.ArticleCount> counts = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (Consulted a : consulted) {
      known.add(a.eId());
      counts.add(
          new ConsultationReport.ArticleCount(
              a.eId(), a.number(), byArticle.getOrDefault(a.eId(), 0)));
    }
    new TreeMap<>(byArticle)
        .forEach(
            (eId, count) -> {
              if (!known.contains(eId)) {
                counts.add(new ConsultationReport.ArticleCount(eId, null, count));
              }
            });
    return counts;
  }

  /** The articles that received contributions, in the report's order. */
  static List<String> said(List<Consulted> consulted, Set<String> said) {
    List<String> order = new ArrayList<>();
    consulted.stream().map(Consulted::eId).filter(said::contains).forEach(order::add);
    Set<String> inserted = new TreeSet<>(said);
    order.forEach(inserted::remove);
    order.addAll(inserted);
    return order;
  }

  /** The consulted articles without contributions, as runs of consecutive positions. */
  static List<ConsultationReport.NumberRun> quiet(List<Consulted> consulted, Set<String> said) {
    List<ConsultationReport.NumberRun> runs = new ArrayList<>();
    Integer from = null;
    Integer to = null;
    for (Consulted a : consulted) {
      if (said.contains(a.eId())) {
        if (from != null) {
          runs.add(new ConsultationReport.NumberRun(from, to));
          from = null;
        }
      } else if (from == null) {
        from = a.number();
        to = a.number();
      } else {
        to = a.number();
      }
    }
    if (from != null) {
      runs.add(new ConsultationReport.NumberRun(from, to));
    }
    return runs;
  }
}
