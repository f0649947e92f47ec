package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.platform.DomainException;
import org.consulta.revisions.MergeResult;
import org.consulta.revisions.ThreeWayMerge;
import org.consulta.revisions.WordDiff;

/**
 * Changes the text of articles. Every change is a new revision written under a lock on the
 * article's heads, so concurrent edits are applied one after the other: an edit based on an older
 * revision is merged with what changed since, or refused with a conflict, and never lost.
 */
@ApplicationScoped
@Transactional
public class ArticleEditor {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private Event<ArticleRevised> revised;
  @Inject private CrossReferences crossReferences;

  /** A drafter's new text; a null heading keeps the heading of the base revision. */
  public record Edit(String heading, String text, String message) {}

  /** The revision an edit produced, or the unchanged current one when the edit changed nothing. */
  public record Outcome(ArticleRevision revision, boolean changed) {}

  /** Applies an edit based on the revision that {@code baseTag}, the article's ETag, names. */
  public Outcome edit(
      String slug, String eId, String langCode, String baseTag, Edit edit, String author) {
    return edit(slug, eId, langCode, baseTag, edit, author, null);
  }

  /**
   * As {@link #edit(String, String, String, String, Edit, String)}, for a translation made from
   * revision {@code translatedFrom} of the source it lags behind: a source that moved on since
   * keeps the version marked, now measured from that revision.
   */
  public Outcome edit(
      String slug,
      String eId,
      String langCode,
      String baseTag,
      Edit edit,
      String author,
      Integer translatedFrom) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    Article article = laws.article(law, eId);
    Integer base = ArticleETag.baseRevision(baseTag, lang);
    Map<Language, ArticleHead> heads = lockHeads(article);
    ArticleRevision current = live(heads.get(lang).revision());
    if (base == null) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_REQUIRED,
          "If-Match",
          "an edit must name the revision it was based on: send If-Match with the article's ETag");
    }
    ArticleRevision baseRevision = baseRevision(article, lang, base, current);
    // The drafter edited the text as shown, with today's numbers: merge the shown texts.
    var shown = crossReferences.current(law, lang, List.of(baseRevision, current));
    String currentText = shown.text(current);
    String heading = edit.heading() == null ? baseRevision.heading() : edit.heading();
    String text =
        merge(
            baseRevision,
            current,
            currentText,
            "text",
            shown.text(baseRevision),
            currentText,
            edit.text());
    heading =
        merge(
            baseRevision,
            current,
            currentText,
            "heading",
            baseRevision.heading(),
            current.heading(),
            heading);
    if (text.equals(currentText) && heading.equals(current.heading())) {
      return new Outcome(current, false);
    }
    boolean merged = base != current.number();
    var change =
        new ArticleRevision.Change(
            ChangeKind.EDITED,
            base,
            merged,
            current.division(),
            current.sortKey(),
            heading,
            text,
            author,
            clock.instant(),
            message(edit.message(), merged ? "Merged edit" : "Edit"));
    ArticleRevision next = advance(heads.get(lang), change);
    new TranslationLags(em, laws).afterEdit(article, next, heads.keySet(), translatedFrom);
    return new Outcome(next, true);
  }

  /**
   * Marks a language version as up to date with the others without changing its text; returns its
   * current revision, which the confirmation covers. With {@code upTo}, the source revision the
   * translator compared against, a source that moved on since keeps the mark, now measured from
   * {@code upTo}.
   */
  public ArticleRevision confirmTranslation(
      String slug, String eId, String langCode, Integer upTo) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    Article article = laws.article(law, eId);
    ArticleRevision current = live(lockHeads(article).get(lang).revision());
    laws.lag(article, lang)
        .ifPresent(
            lag -> {
              new TranslationLags(em, laws).catchUp(lag, upTo);
            });
    return current;
  }

  private ArticleRevision baseRevision(
      Article article, Language lang, int base, ArticleRevision current) {
    if (base == current.number()) {
      return current;
    }
    if (base < 1 || base > current.number()) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "article '" + article.eId() + "' has no revision " + base + " in " + lang);
    }
    return laws.revision(article, lang, base, "If-Match");
  }

  private static String merge(
      ArticleRevision baseRevision,
      ArticleRevision current,
      String currentText,
      String field,
      String base,
      String theirs,
      String yours) {
    MergeResult result = ThreeWayMerge.merge(base, theirs, yours);
    if (result instanceof MergeResult.Clean clean) {
      return clean.text();
    }
    var conflicting = (MergeResult.Conflicting) result;
    throw new RevisionConflict(
        baseRevision,
        current,
        currentText,
        field,
        conflicting.conflicts(),
        WordDiff.between(base, theirs));
  }

  static ArticleRevision live(ArticleRevision revision) {
    if (revision.deleted()) {
      throw new DomainException(
          DomainException.Reason.GONE,
          "eId",
          "article '"
              + revision.article().eId()
              + "' was deleted in revision "
              + revision.number()
              + "; its history is still at its revisions");
    }
    return revision;
  }

  /** Locks every language head of the article in one fixed order, so writers cannot deadlock. */
  Map<Language, ArticleHead> lockHeads(Article article) {
    List<ArticleHead> heads =
        em.createQuery(
                "select h from ArticleHead h where h.article = :a order by h.lang",
                ArticleHead.class)
            .setParameter("a", article)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<Language, ArticleHead> byLang = new LinkedHashMap<>();
    heads.forEach(h -> byLang.put(h.lang(), h));
    return byLang;
  }

  ArticleRevision advance(ArticleHead head, ArticleRevision.Change change) {
    ArticleRevision previous = head.revision();
    ArticleRevision next = previous.next(change);
    em.persist(next);
    head.advanceTo(next);
    revised.fire(new ArticleRevised(previous, next));
    return next;
  }

  static String message(String given, String fallback) {
    return given == null || given.isBlank() ? fallback : given;
  }
}
