package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.accounts.Account;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.WireNames;

/**
 * The public docket: the published contributions (comments and suggestions that start threads) of a
 * round or of an organisation, whoever asks. See {@link Comment#isPublished} for what is published.
 */
@ApplicationScoped
@Transactional
public class Docket {
  public static final int PAGE_SIZE = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Participants participants;

  /** Which published contributions to list; null fields do not filter. */
  public record Filter(
      String article, String country, Sector sector, Long organisation, Channel channel) {}

  /** One page (from 1) of a list, how long the list is, and for a round its count per article. */
  public record Page(
      int page, int pageSize, long total, Map<String, Long> byArticle, List<DocketEntry> items) {}

  public Page of(Consultation round, Filter filter, int page) {
    StringBuilder where = new StringBuilder(" where c.consultation = :round");
    Map<String, Object> params = new HashMap<>();
    params.put("round", round);
    condition(where, params, filter.article(), " and c.article.eId = :eId", "eId");
    condition(where, params, filter.country(), CommentFinder.BY_COUNTRY, "country");
    condition(where, params, filter.sector(), CommentFinder.BY_SECTOR, "sector");
    condition(where, params, filter.organisation(), " and c.organisation.id = :org", "org");
    condition(where, params, filter.channel(), " and c.channel = :channel", "channel");
    return page(where.toString(), params, page, byArticle(round));
  }

  /** An organisation's published contributions across rounds and laws, oldest first. */
  public Page of(Organisation organisation, int page) {
    return page(" where c.organisation = :org", Map.of("org", organisation), page, Map.of());
  }

  public Organisation organisation(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND, "organisation", "no organisation " + id);
    }
    return organisation;
  }

  private Page page(String where, Map<String, Object> params, int page, Map<String, Long> counts) {
    String published = where + " and c.parent is null and " + Comment.PUBLISHED;
    TypedQuery<Comment> items =
        em.createQuery("select c from Comment c" + published + " order by c.id", Comment.class)
            .setFirstResult((page - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE);
    TypedQuery<Long> total =
        em.createQuery("select count(c) from Comment c" + published, Long.class);
    params.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          total.setParameter(name, value);
        });
    return new Page(
        page, PAGE_SIZE, total.getSingleResult(), counts, entries(items.getResultList()));
  }

  /**
   * How many published contributions each article (by eId) has; articles without any are absent.
   */
  private Map<String, Long> byArticle(Consultation round) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "select c.article.eId, count(c) from Comment c where c.consultation = :round"
                + " and c.parent is null and "
                + Comment.PUBLISHED
                + " group by c.article.eId",
            Object[].class)
        .setParameter("round", round)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  private List<DocketEntry> entries(List<Comment> comments) {
    List<Account> authors = new ArrayList<>();
    comments.forEach(c -> authors.add(c.author()));
    Map<Long, Participant> byAccount = new HashMap<>();
    participants.of(authors).forEach(p -> byAccount.put(p.account().id(), p));
    return comments.stream().map(c -> entry(c, byAccount.get(c.author().id()))).toList();
  }

  private static DocketEntry entry(Comment c, Participant participant) {
    Comment.Speaker speaker = c.speaker().orElse(null);
    // A meeting contribution by someone without an account is theirs, not the rapporteur's.
    Participant p = speaker == null ? participant : null;
    return new DocketEntry(
        c.id(),
        c.consultation().id(),
        c.consultation().law().slug(),
        CommentViews.kind(c),
        c.article().eId(),
        c.lang(),
        c.selection().map(s -> s.quote().quote()).orElse(null),
        c.body(),
        c.proposal(),
        speaker == null ? c.author().displayName() : speaker.name(),
        organisation(c, p),
        speaker == null ? (p == null ? null : p.country()) : speaker.country(),
        speaker == null
            ? (p == null ? null : WireNames.of(p.sector()))
            : WireNames.of(speaker.sector()),
        WireNames.of(c.channel()),
        c.meeting().map(Meeting::title).orElse(null),
        c.createdAt(),
        c.editedAt(),
        c.disposition() == null
            ? null
            : new DocketEntry.AnswerView(
                WireNames.of(c.disposition()), c.response(), c.respondedAt(), c.implementedIn()));
  }

  private static DocketEntry.OrganisationView organisation(Comment c, Participant p) {
    if (c.organisation().isPresent()) {
      Organisation o = c.organisation().get();
      return new DocketEntry.OrganisationView(o.id(), o.name());
    }
    if (p == null || p.organisation().isBlank()) {
      return null;
    }
    return new DocketEntry.OrganisationView(null, p.organisation());
  }

  private static void condition(
      StringBuilder where, Map<String, Object> params, Object value, String clause, String name) {
    if (value != null) {
      where.append(clause);
      params.put(name, value);
    }
  }
}
