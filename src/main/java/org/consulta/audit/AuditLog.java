package org.consulta.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends to and reads the audit log. There is deliberately no way here to change or remove an
 * entry, and the database refuses it too.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext private EntityManager em;

  /** A page of entries, newest first, and how many match in all. */
  public record Page(List<AuditEntry> entries, long total) {}

  /**
   * Written in a transaction of its own, after a write that committed on its own, was rolled back
   * or was refused: the entry survives the rollback of the write it describes.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  /** Written in the transaction of the write it describes: both commit, or neither. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendWithin(AuditEntry entry) {
    em.persist(entry);
  }

  @Transactional
  public Page read(AuditQuery query) {
    var where = new ArrayList<String>();
    var params = new LinkedHashMap<String, Object>();
    query
        .actor()
        .ifPresent(
            actor -> {
              if (actor.equals(AuditQuery.ANONYMOUS)) {
                where.add("e.actor is null");
              } else {
                where.add("e.actor = :actor");
                params.put("actor", actor);
              }
            });
    query
        .pathPrefix()
        .ifPresent(p -> add(where, params, "e.path like :path escape '\\'", "path", like(p)));
    query.method().ifPresent(m -> add(where, params, "e.method = :method", "method", m));
    query.status().ifPresent(s -> add(where, params, "e.status = :status", "status", s));
    query
        .outcome()
        .ifPresent(
            o -> where.add(o == AuditQuery.Outcome.SUCCESS ? "e.status < 400" : "e.status >= 400"));
    query.from().ifPresent(f -> add(where, params, "e.at >= :from", "from", f));
    query.to().ifPresent(t -> add(where, params, "e.at < :to", "to", t));
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    var count = em.createQuery("select count(e) from AuditEntry e" + condition, Long.class);
    var page =
        em.createQuery(
            "select e from AuditEntry e" + condition + " order by e.at desc, e.id desc",
            AuditEntry.class);
    bind(count, params);
    bind(page, params);
    List<AuditEntry> entries =
        page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    return new Page(entries, count.getSingleResult());
  }

  private static void add(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    where.add(clause);
    params.put(name, value);
  }

  private static void bind(TypedQuery<?> query, Map<String, Object> params) {
    params.forEach(query::setParameter);
  }

  /** A LIKE pattern for "starts with", with the pattern's own wildcards taken literally. */
  private static String like(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
