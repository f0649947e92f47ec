package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records milestones of a law and reads them back exactly as they were. */
@ApplicationScoped
@Transactional
public class LawVersions {
  /** Ids per query, well under PostgreSQL's limit of bind parameters. */
  private static final int BATCH = 1000;

  /** The ids of the revisions of version ?2 of law ?1 in language ?3. */
  static final String MEMBERS =
      "SELECT DISTINCT ON (r.article_id) r.id FROM law_version v"
          + " CROSS JOIN LATERAL unnest(v.entered) AS e(id)"
          + " JOIN article_revision r ON r.id = e.id"
          + " WHERE v.law_id = ?1 AND v.number <= ?2 AND r.lang = ?3"
          + " ORDER BY r.article_id, r.number DESC";

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private RecordedMembers recorded;
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
    em.createNativeQuery(
            "SELECT h.revision_id FROM article_head h JOIN article a ON a.id = h.article_id"
                + " WHERE a.law_id = ?1 ORDER BY h.article_id, h.lang FOR UPDATE OF h")
        .setParameter(1, law.id())
        .getResultList();
    int number = all(law).size() + 1;
    var version = new LawVersion(law, number, label, author, at);
    em.persist(version);
    em.flush();
    // A head that was a member of an earlier version is still one; the others entered now.
    em.createNativeQuery(
            "UPDATE law_version SET entered = ARRAY("
                + "SELECT h.revision_id FROM article_head h JOIN article a ON a.id = h.article_id"
                + " WHERE a.law_id = ?1 AND h.revision_id NOT IN ("
                + "SELECT unnest(p.entered) FROM law_version p"
                + " WHERE p.law_id = ?1 AND p.number < ?2)"
                + " ORDER BY h.revision_id) WHERE id = ?3")
        .setParameter(1, law.id())
        .setParameter(2, number)
        .setParameter(3, version.id())
        .executeUpdate();
    structure.record(version);
    return version;
  }

  /**
   * The revision of every article in {@code lang} when {@code version} was recorded, deleted ones
   * included: per article, the latest revision that entered this version or an earlier one.
   */
  public List<ArticleRevision> revisions(LawVersion version, Language lang) {
    List<?> ids =
        em.createNativeQuery(MEMBERS)
            .setParameter(1, version.law().id())
            .setParameter(2, version.number())
            .setParameter(3, lang.name())
            .getResultList();
    List<ArticleRevision> revisions = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += BATCH) {
      revisions.addAll(
          ArticleRevision.withTextBases(
                  em.createQuery(
                      "select r from ArticleRevision r join fetch r.article join fetch r.division"
                          + " where r.id in :ids",
                      ArticleRevision.class))
              .setParameter(
                  "ids",
                  ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                      .map(id -> ((Number) id).longValue())
                      .toList())
              .getResultList());
    }
    return revisions;
  }

  /**
   * As {@link #revisions(LawVersion, Language)}, from memory after the first read: detached
   * entities, for reading only.
   */
  public List<ArticleRevision> recordedRevisions(LawVersion version, Language lang) {
    return recorded.of(version, lang, () -> revisions(version, lang));
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

  /**
   * Version {@code number} of the law {@code slug}, with the law and its expressions, in one query
   * outside a transaction: all a read of a kept answer needs before its lookup.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LawVersion withLaw(String slug, int number, String field) {
    return em.createQuery(
            "select v from LawVersion v where v.law.slug = :slug and v.number = :n",
            LawVersion.class)
        .setParameter("slug", slug)
        .setParameter("n", number)
        // As fetch joins in the query, EclipseLink would still read the expressions on their own.
        .setHint("eclipselink.join-fetch", "v.law")
        .setHint("eclipselink.left-join-fetch", "v.law.expressions")
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> unknown(laws.bySlug(slug), number, field));
  }

  /** The answer for a version nobody recorded, and for one the caller may not read. */
  static LawNotFound unknown(Law law, int number, String field) {
    return new LawNotFound(field, "law '" + law.slug() + "' has no version " + number);
  }
}
