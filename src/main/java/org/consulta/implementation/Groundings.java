package org.consulta.implementation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consulta.drafting.Law;
import org.consulta.legislation.Provision;
import org.consulta.legislation.ProvisionRecord;
import org.consulta.references.ArticleReference;

/**
 * The national provisions one read of the map shows, each loaded once: those that ground the
 * assessments, and the law's references (drafters' links from articles to provisions), by article
 * and country.
 */
final class Groundings {
  /** Ids per query, well under what a database takes in one IN list. */
  private static final int BATCH = 500;

  private final Map<String, ProvisionRecord> provisions = new HashMap<>();
  private final Map<Long, Map<String, List<ArticleReference>>> references = new HashMap<>();

  private Groundings() {}

  /**
   * The law's references, narrowed to one country or one article when given, and the provisions of
   * {@code assessments}.
   */
  static Groundings load(
      EntityManager em, Law law, String country, String eId, Collection<Assessment> assessments) {
    var groundings = new Groundings();
    String jpql =
        "select r from ArticleReference r join fetch r.provision p join fetch p.instrument i"
            + " where r.article.law = :law"
            + (country == null ? "" : " and i.country = :country")
            + (eId == null ? "" : " and r.article.eId = :eId")
            + " order by r.id";
    var query = em.createQuery(jpql, ArticleReference.class).setParameter("law", law);
    if (country != null) {
      query.setParameter("country", country);
    }
    if (eId != null) {
      query.setParameter("eId", eId);
    }
    for (ArticleReference reference : query.getResultList()) {
      ProvisionRecord record = reference.provision().toRecord();
      groundings.provisions.put(record.id(), record);
      groundings
          .references
          .computeIfAbsent(reference.article().id(), a -> new HashMap<>())
          .computeIfAbsent(record.country(), c -> new ArrayList<>())
          .add(reference);
    }
    Set<String> missing = new TreeSet<>();
    assessments.forEach(a -> missing.addAll(a.provisions()));
    missing.removeAll(groundings.provisions.keySet());
    groundings.loadProvisions(em, new ArrayList<>(missing));
    return groundings;
  }

  private void loadProvisions(EntityManager em, List<String> ids) {
    for (int from = 0; from < ids.size(); from += BATCH) {
      em.createQuery(
              "select p from Provision p join fetch p.instrument where p.id in :ids",
              Provision.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .getResultList()
          .forEach(p -> provisions.put(p.id(), p.toRecord()));
    }
  }

  /** The article's references to the country's provisions, in the order they were made. */
  List<NationalProvision> references(long articleId, String country) {
    return referencesOf(articleId, country).stream()
        .map(r -> NationalProvision.of(provisions.get(r.provision().id()), r.id()))
        .toList();
  }

  int referenceCount(long articleId, String country) {
    return referencesOf(articleId, country).size();
  }

  /** Countries of the references loaded. */
  Set<String> countries() {
    Set<String> countries = new TreeSet<>();
    references.values().forEach(byCountry -> countries.addAll(byCountry.keySet()));
    return countries;
  }

  AssessmentView view(Assessment assessment) {
    long articleId = assessment.article().id();
    List<NationalProvision> grounding =
        assessment.provisions().stream()
            .map(id -> NationalProvision.of(provisions.get(id), referenceTo(articleId, id)))
            .toList();
    return AssessmentView.of(assessment, grounding);
  }

  private Long referenceTo(long articleId, String provision) {
    return references.getOrDefault(articleId, Map.of()).values().stream()
        .flatMap(List::stream)
        .filter(r -> r.provision().id().equals(provision))
        .map(ArticleReference::id)
        .findFirst()
        .orElse(null);
  }

  private List<ArticleReference> referencesOf(long articleId, String country) {
    return references.getOrDefault(articleId, Map.of()).getOrDefault(country, List.of());
  }
}
