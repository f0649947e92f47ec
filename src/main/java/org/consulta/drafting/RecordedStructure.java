package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a version records besides its articles: the current revision of every live division, in
 * reading order, and of every title and preamble. Each is one array column of the version's row, so
 * recording costs one statement and no row per division or text.
 */
@ApplicationScoped
@Transactional
public class RecordedStructure {
  @PersistenceContext private EntityManager em;

  /** Records the law's divisions, titles and preambles as they stand, in {@code version}. */
  void record(LawVersion version) {
    em.flush();
    em.createNativeQuery(
            """
            UPDATE law_version SET
              division_revisions = (
                SELECT array_agg(h.id ORDER BY h.ordinal) FROM (
                  SELECT DISTINCT ON (r.division_id) r.id, d.ordinal
                  FROM division_revision r JOIN division d ON d.id = r.division_id
                  WHERE d.law_id = ?1 AND NOT d.deleted
                  ORDER BY r.division_id, r.number DESC) h),
              text_revisions = (
                SELECT array_agg(t.id ORDER BY t.id) FROM (
                  SELECT DISTINCT ON (lang, part) id FROM law_text_revision
                  WHERE law_id = ?1 ORDER BY lang, part, number DESC) t)
            WHERE id = ?2
            """)
        .setParameter(1, version.law().id())
        .setParameter(2, version.id())
        .executeUpdate();
  }

  /** The divisions as {@code version} recorded them, in reading order. */
  public List<Division> divisions(LawVersion version) {
    List<Long> ids = ids("division_revisions", version);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, DivisionRevision> byId =
        em.createQuery(
                "select r from DivisionRevision r where r.id in :ids", DivisionRevision.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(DivisionRevision::id, Function.identity()));
    List<Division> divisions = new ArrayList<>();
    for (Long id : ids) {
      DivisionRevision revision = byId.get(id);
      divisions.add(Division.asRecorded(revision.division(), revision, divisions.size()));
    }
    return divisions;
  }

  /** The title and preamble revisions {@code version} recorded in {@code lang}. */
  public Map<LawPart, LawTextRevision> texts(LawVersion version, Language lang) {
    List<Long> ids = ids("text_revisions", version);
    Map<LawPart, LawTextRevision> texts = new EnumMap<>(LawPart.class);
    if (!ids.isEmpty()) {
      em.createQuery("select r from LawTextRevision r where r.id in :ids", LawTextRevision.class)
          .setParameter("ids", ids)
          .getResultStream()
          .filter(r -> r.lang() == lang)
          .forEach(r -> texts.put(r.part(), r));
    }
    return texts;
  }

  private List<Long> ids(String column, LawVersion version) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT m.id FROM law_version v, unnest(v."
                    + column
                    + ") WITH ORDINALITY AS m (id, pos) WHERE v.id = ?1 ORDER BY m.pos")
            .setParameter(1, version.id())
            .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }
}
