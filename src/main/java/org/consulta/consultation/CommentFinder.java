package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists the comments of a round that a caller may see, filtered as drafters work through them. */
@ApplicationScoped
@Transactional
public class CommentFinder {
  // Someone who spoke at a meeting without an account has their sector and country on the row.
  static final String BY_COUNTRY =
      " and (c.speakerCountry = :country or (c.speakerName is null and c.author in"
          + " (select p.account from Participant p where p.country = :country)))";
  static final String BY_SECTOR =
      " and (c.speakerSector = :sector or (c.speakerName is null and c.author in"
          + " (select p.account from Participant p where p.sector = :sector)))";

  /** EclipseLink's hint to return shared objects that the unit of work does not clone or check. */
  private static final String ECLIPSELINK_READ_ONLY = "eclipselink.read-only";

  /** EclipseLink's hints to read a relationship of all results in one further query. */
  private static final String ECLIPSELINK_BATCH = "eclipselink.batch";

  private static final String ECLIPSELINK_BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext private EntityManager em;

  /** A page of a longer list, and how long the whole list is. */
  public record Page(List<Comment> comments, long total) {}

  /** The comments and suggestions that start threads, oldest first, {@code limit} at a time. */
  public Page threads(
      Consultation round, CommentFilter filter, Caller caller, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where c.consultation = :round and c.parent is null");
    Map<String, Object> params = new HashMap<>();
    params.put("round", round);
    if (caller.account() == null) {
      where.append(" and ").append(Comment.PUBLISHED);
    } else if (!caller.drafter()) {
      where.append(" and (c.author = :me or ").append(Comment.PUBLISHED).append(")");
      params.put("me", caller.account());
    }
    conditions(where, params, filter);
    TypedQuery<Comment> page =
        em.createQuery("select c from Comment c" + where + " order by c.id", Comment.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    TypedQuery<Long> count = em.createQuery("select count(c) from Comment c" + where, Long.class);
    params.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page(page.getResultList(), count.getSingleResult());
  }

  private static void conditions(
      StringBuilder where, Map<String, Object> params, CommentFilter filter) {
    condition(where, params, filter.article(), " and c.article.eId = :eId", "eId");
    condition(where, params, filter.states(), " and c.anchorState in :states", "states");
    // Someone who spoke at a meeting without an account has their sector and country on the row.
    condition(where, params, filter.sector(), BY_SECTOR, "sector");
    condition(where, params, filter.country(), BY_COUNTRY, "country");
    condition(where, params, filter.channel(), " and c.channel = :channel", "channel");
    condition(where, params, filter.meeting(), " and c.meeting.id = :meeting", "meeting");
    condition(where, params, filter.disposition(), " and c.disposition = :d", "d");
    if (filter.unanswered()) {
      where.append(" and c.disposition is null");
    }
    if (filter.suggestions()) {
      where.append(" and c.proposal is not null");
    }
  }

  /**
   * Everything in a round that the caller may see, replies included, oldest first, {@code limit} at
   * a time: all of it for drafters; for others what is published, and the threads a participant
   * started.
   */
  public Page visible(Consultation round, Caller caller, int offset, int limit) {
    if (!caller.drafter()) {
      List<Long> ids = threadIds(round, caller);
      int from = Math.min(offset, ids.size());
      int to = (int) Math.min((long) offset + limit, ids.size());
      return new Page(byId(ids.subList(from, to)), ids.size());
    }
    List<Comment> page =
        em.createQuery(
                "select c from Comment c where c.consultation = :round order by c.id",
                Comment.class)
            .setParameter("round", round)
            .setHint(ECLIPSELINK_READ_ONLY, true)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    long total =
        em.createQuery("select count(c) from Comment c where c.consultation = :round", Long.class)
            .setParameter("round", round)
            .getSingleResult();
    return new Page(page, total);
  }

  /** Every reply below {@code root} that the caller may see, depth first in the order written. */
  public List<Comment> replies(Comment root, Caller caller) {
    List<Comment> all = new ArrayList<>();
    for (Comment reply : direct(root)) {
      if (caller.maySee(reply)) {
        all.add(reply);
        all.addAll(replies(reply, caller));
      }
    }
    return all;
  }

  /**
   * Everything submitted in a round, replies included, in the order it was written. For reading
   * only: the comments are not tracked for changes, which a report of 100,000 would pay for.
   */
  public List<Comment> all(Consultation round) {
    return em.createQuery(
            "select c from Comment c where c.consultation = :round order by c.id", Comment.class)
        .setParameter("round", round)
        .setHint(ECLIPSELINK_READ_ONLY, true)
        // One query per kind of related row rather than one per row.
        .setHint(ECLIPSELINK_BATCH_TYPE, "IN")
        .setHint(ECLIPSELINK_BATCH, "c.author")
        .setHint(ECLIPSELINK_BATCH, "c.author.roles")
        .setHint(ECLIPSELINK_BATCH, "c.organisation")
        .setHint(ECLIPSELINK_BATCH, "c.organisation.names")
        .setHint(ECLIPSELINK_BATCH, "c.meeting")
        .setHint(ECLIPSELINK_BATCH, "c.article")
        .getResultList();
  }

  /** What was done to the comment after it was made, oldest first. */
  public List<CommentEvent> events(Comment comment) {
    return em.createQuery(
            "select e from CommentEvent e where e.comment = :c order by e.id", CommentEvent.class)
        .setParameter("c", comment)
        .getResultList();
  }

  public List<CommentEdit> history(Comment comment) {
    return em.createQuery(
            "select e from CommentEdit e where e.comment = :c order by e.number", CommentEdit.class)
        .setParameter("c", comment)
        .getResultList();
  }

  /**
   * The ids of what a caller who does not draft may see in the round: the threads they started and
   * the published ones, one query per reply depth.
   */
  private List<Long> threadIds(Consultation round, Caller caller) {
    String mine = caller.account() == null ? "" : "c.author = :author or ";
    TypedQuery<Long> roots =
        em.createQuery(
            "select c.id from Comment c where c.consultation = :round and c.parent is null and ("
                + mine
                + Comment.PUBLISHED
                + ")",
            Long.class);
    roots.setParameter("round", round);
    if (caller.account() != null) {
      roots.setParameter("author", caller.account());
    }
    List<Long> level = roots.getResultList();
    List<Long> all = new ArrayList<>(level);
    while (!level.isEmpty()) {
      level =
          em
              .createQuery("select c from Comment c where c.parent.id in :ids", Comment.class)
              .setParameter("ids", level)
              .getResultList()
              .stream()
              .filter(caller::maySee)
              .map(Comment::id)
              .toList();
      all.addAll(level);
    }
    Collections.sort(all);
    return all;
  }

  private List<Comment> byId(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Comment c where c.id in :ids order by c.id", Comment.class)
        .setParameter("ids", ids)
        .setHint(ECLIPSELINK_READ_ONLY, true)
        .getResultList();
  }

  private List<Comment> direct(Comment parent) {
    return em.createQuery(
            "select c from Comment c where c.parent = :p order by c.id", Comment.class)
        .setParameter("p", parent)
        .getResultList();
  }

  private static void condition(
      StringBuilder where, Map<String, Object> params, Object value, String clause, String name) {
    if (value != null) {
      where.append(clause);
      params.put(name, value);
    }
  }
}
