package org.consulta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds organisations by name (in any language), acronym, country, sector and status. */
@ApplicationScoped
@Transactional
public class OrganisationSearch {
  // EclipseLink reads the names of a whole page in one more query, not one query per organisation.
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext private EntityManager em;

  /** What to look for; null means any. {@code text} is matched within names and acronyms. */
  public record Query(
      String text,
      String country,
      Sector sector,
      OrganisationStatus status,
      int offset,
      int limit) {}

  public record Page(List<Organisation> organisations, long total) {}

  public Page find(Query query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    var count = em.createNativeQuery("SELECT COUNT(*) FROM organisation o" + where);
    var ids =
        em.createNativeQuery(
                "SELECT o.id FROM organisation o" + where + " ORDER BY o.normalised_name, o.id")
            .setFirstResult(query.offset())
            .setMaxResults(query.limit());
    for (int i = 0; i < params.size(); i++) {
      count.setParameter(i + 1, params.get(i));
      ids.setParameter(i + 1, params.get(i));
    }
    long total = ((Number) count.getSingleResult()).longValue();
    List<Long> page = ids.getResultList().stream().map(x -> ((Number) x).longValue()).toList();
    return new Page(load(page), total);
  }

  /** Every organisation not merged away, for the grouping of likely duplicates. */
  public List<List<Organisation>> duplicates() {
    List<Organisation> live =
        em.createQuery(
                "select o from Organisation o where o.status <> :merged order by o.id",
                Organisation.class)
            .setParameter("merged", OrganisationStatus.MERGED)
            .setHint(BATCH, "o.names")
            .setHint(BATCH_TYPE, "IN")
            .getResultList();
    Map<Long, Organisation> byId = new HashMap<>();
    live.forEach(o -> byId.put(o.id(), o));
    var candidates =
        live.stream()
            .map(
                o ->
                    new DuplicateGroups.Candidate(
                        o.id(),
                        o.normalisedName(),
                        o.acronym().orElse(null),
                        o.country().orElse(null)))
            .toList();
    return DuplicateGroups.of(candidates).stream()
        .map(group -> group.stream().map(byId::get).toList())
        .toList();
  }

  private static String where(Query query, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    if (query.text() != null) {
      String normalised = like(OrganisationNames.normalise(query.text()));
      String lower = like(query.text().strip().toLowerCase(Locale.ROOT));
      conditions.add(
          "(o.normalised_name LIKE ? ESCAPE '\\' OR LOWER(o.acronym) LIKE ? ESCAPE '\\'"
              + " OR EXISTS (SELECT 1 FROM organisation_name n WHERE n.organisation_id = o.id"
              + " AND LOWER(n.name) LIKE ? ESCAPE '\\'))");
      params.add(normalised);
      params.add(lower);
      params.add(lower);
    }
    if (query.country() != null) {
      conditions.add("o.country = ?");
      params.add(query.country());
    }
    if (query.sector() != null) {
      conditions.add("o.sector = ?");
      params.add(query.sector().name());
    }
    if (query.status() != null) {
      conditions.add("o.status = ?");
      params.add(query.status().name());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** A LIKE pattern for text found anywhere, its own wildcards taken literally. */
  private static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private List<Organisation> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Organisation> found =
        new ArrayList<>(
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids)
                .setHint(BATCH, "o.names")
                .setHint(BATCH_TYPE, "IN")
                .getResultList());
    found.sort(Comparator.comparing(o -> ids.indexOf(o.id())));
    return found;
  }
}
