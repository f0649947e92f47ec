package org.consulta.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.drafting.Article;
import org.consulta.drafting.Law;
import org.consulta.drafting.Laws;
import org.consulta.legislation.Provision;
import org.consulta.platform.DomainException;

/**
 * Records assessments and finds them. Each write is a new version of the (article, country) cell; a
 * revision must name the version it revises ({@code If-Match}), a first assessment must not, so
 * that nobody overwrites a judgement they have not seen.
 */
@ApplicationScoped
@Transactional
public class Assessments {
  static final int MAX_NOTE = 4000;
  static final int MAX_PROVISIONS = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;

  /** What an assessor says about one cell. */
  record Judgement(ImplementationStatus status, List<String> provisions, String note) {}

  /** The article a request names, and whether it has left its law. */
  record Target(Law law, Article article, boolean deleted) {}

  Target target(String slug, String eId) {
    Law law = laws.bySlug(slug);
    Article article = laws.article(law, eId);
    return new Target(law, article, laws.head(article, law.languages().get(0)).deleted());
  }

  /** Writes the next version of the cell; the answer is that version. */
  Assessment record(
      String slug, String eId, String country, String ifMatch, Judgement judgement, String author) {
    Integer base = AssessmentETag.version(ifMatch, eId, country);
    Target target = target(slug, eId);
    if (target.deleted()) {
      throw new DomainException(
          DomainException.Reason.GONE,
          "eId",
          "article '" + eId + "' was deleted; its assessments are kept as they were");
    }
    Optional<Assessment> current = current(target.article(), country);
    int next = checkedBase(current, base, eId, country) + 1;
    checkGrounding(judgement, country);
    var assessment =
        new Assessment(
            target.article(),
            country,
            next,
            judgement.status(),
            judgement.provisions(),
            judgement.note(),
            author,
            clock.instant());
    em.persist(assessment);
    em.flush();
    return assessment;
  }

  /** The version the write revises: 0 for a first assessment. */
  private static int checkedBase(
      Optional<Assessment> current, Integer base, String eId, String country) {
    if (current.isEmpty()) {
      if (base != null) {
        throw new DomainException(
            DomainException.Reason.PRECONDITION_FAILED,
            "If-Match",
            "nobody has assessed " + eId + " for " + country + " yet: send no If-Match");
      }
      return 0;
    }
    int version = current.get().version();
    if (base == null) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_REQUIRED,
          "If-Match",
          "a revision must name the assessment it revises: send If-Match with its ETag");
    }
    if (base != version) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "the assessment is at version " + version + ", not " + base,
          Map.of("etag", AssessmentETag.of(current.get())));
    }
    return version;
  }

  /** Every grounding provision exists and is of the assessed country; none for "not assessed". */
  private void checkGrounding(Judgement judgement, String country) {
    List<String> ids = judgement.provisions();
    if (judgement.status() == ImplementationStatus.NOT_ASSESSED && !ids.isEmpty()) {
      throw DomainException.invalid(
          "provisions", "an article not assessed is grounded in no provision");
    }
    for (int i = 0; i < ids.size(); i++) {
      Provision provision = em.find(Provision.class, ids.get(i));
      String field = "provisions[" + i + "]";
      if (provision == null) {
        throw DomainException.invalid(field, "no provision '" + ids.get(i) + "'");
      }
      String of = provision.toRecord().country();
      if (!of.equals(country)) {
        throw DomainException.invalid(
            field, "provision '" + ids.get(i) + "' is of " + of + ", not of " + country);
      }
    }
  }

  Optional<Assessment> current(Article article, String country) {
    return em.createQuery(
            "select a from Assessment a where a.article = :article and a.country = :country"
                + " order by a.version desc",
            Assessment.class)
        .setParameter("article", article)
        .setParameter("country", country)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every version of the cell, oldest first. */
  List<Assessment> history(Article article, String country) {
    return em.createQuery(
            "select a from Assessment a where a.article = :article and a.country = :country"
                + " order by a.version",
            Assessment.class)
        .setParameter("article", article)
        .setParameter("country", country)
        .getResultList();
  }

  /** The current version of every assessed cell of the law. */
  List<Assessment> currentOf(Law law) {
    return em.createQuery(
            "select a from Assessment a where a.article.law = :law and a.version ="
                + " (select max(b.version) from Assessment b"
                + " where b.article = a.article and b.country = a.country)",
            Assessment.class)
        .setParameter("law", law)
        .getResultList();
  }
}
