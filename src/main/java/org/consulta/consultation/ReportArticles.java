package org.consulta.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.consultation.ReportAssembly.Consulted;

/**
 * The report's articles in the consulted order: a count for each, a section for each that received
 * contributions (then the articles inserted since, by eId), and the others in runs.
 */
final class ReportArticles {
  private ReportArticles() {}

  static List<ConsultationReport.ArticleCount> perArticle(
      List<Consulted> consulted, Map<String, List<Contribution>> byArticle) {
    List<ConsultationReport.ArticleCount> counts = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (Consulted a : consulted) {
      known.add(a.eId());
      counts.add(
          new ConsultationReport.ArticleCount(
              a.eId(), a.number(), byArticle.getOrDefault(a.eId(), List.of()).size()));
    }
    inserted(byArticle, known)
        .forEach(
            (eId, list) -> counts.add(new ConsultationReport.ArticleCount(eId, null, list.size())));
    return counts;
  }

  /** In the order of the consulted version, then the articles inserted since, by eId. */
  static List<ConsultationReport.ArticleSection> sections(
      List<Consulted> consulted, Map<String, List<Contribution>> byArticle) {
    List<ConsultationReport.ArticleSection> sections = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (Consulted a : consulted) {
      known.add(a.eId());
      List<Contribution> said = byArticle.get(a.eId());
      if (said != null) {
        sections.add(
            new ConsultationReport.ArticleSection(
                a.eId(), a.number(), a.heading(), a.text(), said.size(), said));
      }
    }
    inserted(byArticle, known)
        .forEach(
            (eId, said) ->
                sections.add(
                    new ConsultationReport.ArticleSection(
                        eId, null, null, null, said.size(), said)));
    return sections;
  }

  private static Map<String, List<Contribution>> inserted(
      Map<String, List<Contribution>> byArticle, Set<String> known) {
    return byArticle.entrySet().stream()
        .filter(e -> !known.contains(e.getKey()))
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, TreeMap::new));
  }

  /** The consulted articles without contributions, as runs of consecutive positions. */
  static List<ConsultationReport.NumberRun> quiet(
      List<Consulted> consulted, Map<String, List<Contribution>> byArticle) {
    List<ConsultationReport.NumberRun> runs = new ArrayList<>();
    Integer from = null;
    Integer to = null;
    for (Consulted a : consulted) {
      if (byArticle.containsKey(a.eId())) {
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
