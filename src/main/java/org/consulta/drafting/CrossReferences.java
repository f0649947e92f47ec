package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consulta.crossrefs.Link;
import org.consulta.crossrefs.LinkedText;

/**
 * Keeps the cross-references of every revision as links to eIds. A text is linked when it is
 * written, with the numbering of the law that write leaves (the numbers the drafter sees); a
 * revision that keeps its text (a move, a deletion, a restore) keeps its links. Reading shows each
 * link with the number its target has in the law being read.
 */
@ApplicationScoped
@Transactional
public class CrossReferences {
  /** At most this many revision ids in one query's IN list. */
  private static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;

  /** Links the texts of revisions just written in {@code law}, each in its language's numbering. */
  public void link(Law law, Collection<ArticleRevision> written) {
    Map<Language, Map<Integer, String>> eIds = new HashMap<>();
    for (ArticleRevision revision : written) {
      // Numbered only when the text names an article: most texts name none.
      Function<Integer, String> eIdOf =
          number -> eIds.computeIfAbsent(revision.lang(), lang -> byNumber(law, lang)).get(number);
      store(revision, LinkedText.link(revision.body(), eIdOf));
    }
  }

  /**
   * A revision that keeps its text (a move, a deletion, a restore, a new heading) keeps its links:
   * the numbers written in it are still those its links were read from. A new text is linked anew.
   */
  void follow(@Observes ArticleRevised revised) {
    ArticleRevision previous = revised.previous();
    ArticleRevision next = revised.next();
    if (next.body().equals(previous.body())) {
      store(next, links(List.of(previous)).getOrDefault(previous.id(), List.of()));
    } else {
      link(next.article().law(), List.of(next));
    }
  }

  /** The slugs of every law. */
  public List<String> slugs() {
    return laws.all().stream().map(Law::slug).toList();
  }

  /**
   * Links the current texts of the law that were written before links were kept (with the law's
   * numbering now, the best reading of numbers that no link recorded); returns how many it read.
   * Holds the law's lock, so engines starting together read each text once.
   */
  public int backfill(String slug) {
    Law law = laws.locked(slug);
    // Chosen in the database: a start where every text is linked reads no text at all.
    List<ArticleRevision> unlinked =
        em.createQuery(
                "select r from ArticleRevision r join fetch r.article join fetch r.division"
                    + " where r.id in (select h.revision.id from ArticleHead h"
                    + " where h.article.law = :law)"
                    + " and r.id in (select u.revisionId from UnlinkedRevision u)",
                ArticleRevision.class)
            .setParameter("law", law)
            .getResultList();
    link(law, unlinked);
    if (!unlinked.isEmpty()) {
      em.createQuery("delete from UnlinkedRevision u where u.revisionId in :ids")
          .setParameter("ids", unlinked.stream().map(ArticleRevision::id).toList())
          .executeUpdate();
    }
    return unlinked.size();
  }

  /** The links of each of {@code revisions}, by revision id; none for a revision without any. */
  public Map<Long, List<Link>> links(Collection<ArticleRevision> revisions) {
    return linksOf(revisions.stream().map(ArticleRevision::id).toList());
  }

  private Map<Long, List<Link>> linksOf(List<Long> ids) {
    Map<Long, List<Link>> links = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em.createQuery(
              "select c from CrossReference c where c.revisionId in :ids"
                  + " order by c.revisionId, c.ordinal",
              CrossReference.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList()
          .forEach(
              c -> links.computeIfAbsent(c.revisionId(), k -> new ArrayList<>()).add(c.link()));
    }
    return links;
  }

  /** The texts of {@code layout}'s articles as a reader of that layout sees them. */
  public Reading reading(LawLayout layout) {
    return new Reading(
        links(layout.articles().stream().map(LawLayout.Placed::revision).toList()),
        layout.numbers());
  }

  /** The texts of {@code revisions} shown with the numbering of {@code layout}. */
  public Reading reading(Collection<ArticleRevision> revisions, LawLayout layout) {
    return new Reading(links(revisions), layout.numbers());
  }

  /**
   * The texts of {@code revisions} shown with the numbering {@code law} has now in {@code lang}:
   * the numbers come from the articles' places alone, and only when one of them refers to another
   * article (reading every current text would cost more than the rest of reading one revision).
   */
  public Reading current(Law law, Language lang, Collection<ArticleRevision> revisions) {
    var links = links(revisions);
    return new Reading(links, links.isEmpty() ? Map.of() : numbers(law, lang));
  }

  /**
   * As {@link #current} for one revision known by its id and text, which refers to another article:
   * its links and the law's numbering are read outside a transaction.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String currentText(Law law, Language lang, long revision, String body) {
    var links = linksOf(List.of(revision));
    return new Reading(links, links.isEmpty() ? Map.of() : numbers(law, lang))
        .text(revision, body, law.numbering());
  }

  /**
   * Texts with their links, each shown with the number its target has in one layout (in a law of
   * fixed numbering, the number its eId carries: the text as written), or as written and marked
   * broken when the target is not in that layout.
   */
  public record Reading(Map<Long, List<Link>> links, Map<String, Integer> numbers) {
    public LinkedText.Rendered of(ArticleRevision revision) {
      return render(revision.id(), revision.body(), revision.article().law().numbering());
    }

    public String text(ArticleRevision revision) {
      return of(revision).text();
    }

    /**
     * As {@link #text(ArticleRevision)}, for the revision {@code id} whose text is {@code body}.
     */
    public String text(long id, String body, Numbering numbering) {
      return render(id, body, numbering).text();
    }

    private LinkedText.Rendered render(Long id, String body, Numbering numbering) {
      return LinkedText.render(
          body,
          links.getOrDefault(id, List.of()),
          target -> numbering.shown(target, numbers.get(target)));
    }
  }

  /** The number of every live article of {@code law} in {@code lang}, from places alone. */
  private Map<String, Integer> numbers(Law law, Language lang) {
    return LawLayout.numbersAt(laws.divisions(law), laws.places(law, lang));
  }

  private Map<Integer, String> byNumber(Law law, Language lang) {
    Map<Integer, String> eIds = new HashMap<>();
    numbers(law, lang)
        .forEach(
            (eId, number) -> {
              Integer shown = law.numbering().shown(eId, number);
              if (shown != null) {
                eIds.put(shown, eId);
              }
            });
    return eIds;
  }

  private void store(ArticleRevision revision, List<Link> links) {
    if (revision.id() == null) {
      em.flush(); // the revision's identity is assigned when it is written
    }
    for (int i = 0; i < links.size(); i++) {
      em.persist(new CrossReference(revision.id(), i, links.get(i)));
    }
  }
}
