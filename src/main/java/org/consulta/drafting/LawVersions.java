package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records milestones of a law and reads them back exactly as they were. */
@ApplicationScoped
@Transactional
public class LawVersions {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private RecordedStructure structure;

  /**
   * Records the current revision of every article in every language. The heads are locked while
   * they are read, so the version is one consistent moment, never half of a concurrent edit.
   */
  public LawVersion record(String slug, String label, String author) {
    return record(slug, label, author, clock.instant());
  }

  /**
   * Records a version dated {@code at} rather than now: a law imported from a recorded version of
   * another keeps that version's date, which names its expression ({@code spa@2026-03-02}).
   */
  public LawVersion record(String slug, String label, String author, Instant at) {
    Law law = laws.locked(slug);
    List<ArticleRevision> revisions =
        em
            .createQuery(
                "select h from ArticleHead h where h.article.law = :law"
                    + " order by h.article.id, h.lang",
                ArticleHead.class)
            .setParameter("law", law)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .stream()
            .map(ArticleHead::revision)
            .toList();
    int number = all(law).size() + 1;
    var version = new LawVersion(law, number, label, author, at, revisions);
    em.persist(version);
    structure.record(version);
    return version;
  }

  public List<LawVersion> all(Law law) {
    return em.createQuery(
            "select v from LawVersion v where v.law = :law order by v.number", LawVersion.class)
        .setParameter("law", law)
        .getResultList();
  }

  public LawVersion find(Law law, int number, String field) {
    return em.createQuery(
            "select v from LawVersion v where v.law = :law and v.number = :n", LawVersion.class)
        .setParameter("law", law)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> unknown(law, number, field));
  }

  /** The answer for a version nobody recorded, and for one the caller may not read. */
  static LawNotFound unknown(Law law, int number, String field) {
    return new LawNotFound(field, "law '" + law.slug() + "' has no version " + number);
  }
}
