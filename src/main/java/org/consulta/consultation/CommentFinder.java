package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists the comments of a round that a caller may see, filtered as drafters work through them. */
@ApplicationScoped
@Transactional
public class CommentFinder {
  @PersistenceContext private EntityManager em;

  /** The comments and suggestions that start threads, oldest first. */
  public List<Comment> threads(Consultation round, CommentFilter filter, Caller caller) {
    StringBuilder jpql =
        new StringBuilder(
            "select c from Comment c where c.consultation = :round and c.parent is null");
    Map<String, Object> params = new HashMap<>();
    params.put("round", round);
    if (!caller.drafter()) {
      jpql.append(" and c.author = :me");
      params.put("me", caller.account());
    }
    condition(jpql, params, filter.article(), " and c.article.eId = :eId", "eId");
    condition(jpql, params, filter.states(), " and c.anchorState in :states", "states");
    condition(
        jpql,
        params,
        filter.sector(),
        " and c.author in (select p.account from Participant p where p.sector = :sector)",
        "sector");
    condition(
        jpql,
        params,
        filter.country(),
        " and c.author in (select p.account from Participant p where p.country = :country)",
        "country");
    condition(jpql, params, filter.disposition(), " and c.disposition = :d", "d");
    if (filter.unanswered()) {
      jpql.append(" and c.disposition is null");
    }
    if (filter.suggestions()) {
      jpql.append(" and c.proposal is not null");
    }
    jpql.append(" order by c.id");
    TypedQuery<Comment> query = em.createQuery(jpql.toString(), Comment.class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  /** Every reply below {@code root}, depth first in the order they were written. */
  public List<Comment> replies(Comment root) {
    List<Comment> all = new ArrayList<>();
    for (Comment reply : direct(root)) {
      all.add(reply);
      all.addAll(replies(reply));
    }
    return all;
  }

  /** Everything submitted in a round, replies included, in the order it was written. */
  public List<Comment> all(Consultation round) {
    return em.createQuery(
            "select c from Comment c where c.consultation = :round order by c.id", Comment.class)
        .setParameter("round", round)
        .getResultList();
  }

  public List<CommentEdit> history(Comment comment) {
    return em.createQuery(
            "select e from CommentEdit e where e.comment = :c order by e.number", CommentEdit.class)
        .setParameter("c", comment)
        .getResultList();
  }

  private List<Comment> direct(Comment parent) {
    return em.createQuery(
            "select c from Comment c where c.parent = :p order by c.id", Comment.class)
        .setParameter("p", parent)
        .getResultList();
  }

  private static void condition(
      StringBuilder jpql, Map<String, Object> params, Object value, String clause, String name) {
    if (value != null) {
      jpql.append(clause);
      params.put(name, value);
    }
  }
}
