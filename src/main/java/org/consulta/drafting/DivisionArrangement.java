package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;

/**
 * Inserts, renames, moves and deletes the divisions of a law. Each change holds the law's lock, as
 * article insertions and moves do, and writes a revision of the division; a deletion that hands the
 * division's articles to another writes their move in the same transaction.
 */
@ApplicationScoped
@Transactional
public class DivisionArrangement {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private ArticleEditor editor;
  @Inject private StructureHistory history;
  @Inject private Clock clock;

  /** The revision a write produced, or the current one when it changed nothing. */
  public record Outcome(DivisionRevision revision, boolean changed) {}

  /** A deletion: the division's last revision and the articles it handed over, in order. */
  public record Deleted(DivisionRevision revision, String receiver, List<String> movedArticles) {}

  public DivisionRevision insert(
      String slug,
      DivisionPlace place,
      DivisionKind kind,
      String eId,
      Map<Language, String> headings,
      String message,
      String author) {
    Law law = laws.locked(slug);
    if (headings.isEmpty()) {
      throw DomainException.invalid(
          "headings", "a new division needs its heading in at least one language");
    }
    headings.keySet().forEach(lang -> laws.language(law, lang.name(), "headings"));
    // A language not given reads the first given heading until renamed, as with a new language.
    String given = headings.values().iterator().next();
    Map<Language, String> all = new EnumMap<>(Language.class);
    law.languages().forEach(lang -> all.put(lang, headings.getOrDefault(lang, given)));
    String newEId = eId == null ? nextEId(law, kind) : checkedEId(law, kind, eId);
    Division division = new Division(law, newEId, kind, null, 0, all);
    em.persist(division);
    new DivisionOrder(laws.divisions(law), division).place(place);
    return history.revised(
        division,
        DivisionChange.INSERTED,
        author,
        clock.instant(),
        ArticleEditor.message(message, "Insert"));
  }

  public Outcome rename(
      String slug, String eId, String langCode, String heading, String message, String author) {
    Law law = laws.locked(slug);
    Language lang = laws.language(law, langCode);
    Division division = laws.division(law, eId);
    if (division.heading(lang).equals(heading)) {
      List<DivisionRevision> revisions = laws.revisions(division);
      return new Outcome(revisions.get(revisions.size() - 1), false);
    }
    division.rename(lang, heading);
    return new Outcome(
        history.revised(
            division,
            DivisionChange.RENAMED,
            author,
            clock.instant(),
            ArticleEditor.message(message, "Rename")),
        true);
  }

  public DivisionRevision move(
      String slug, String eId, DivisionPlace place, String message, String author) {
    Law law = laws.locked(slug);
    Division division = laws.division(law, eId);
    new DivisionOrder(laws.divisions(law), division).place(place);
    return history.revised(
        division,
        DivisionChange.MOVED,
        author,
        clock.instant(),
        ArticleEditor.message(message, "Move"));
  }

  /**
   * Deletes an empty division, or one whose articles go, in their order, to the end of {@code
   * receiverEId}. A division that still holds divisions is refused: they would lose their place.
   */
  public Deleted delete(
      String slug, String eId, String receiverEId, String message, String author) {
    Law law = laws.locked(slug);
    Division division = laws.division(law, eId);
    List<String> children =
        laws.divisions(law).stream()
            .filter(d -> division.equals(d.parent()))
            .map(Division::eId)
            .toList();
    if (!children.isEmpty()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "eId",
          "division '" + eId + "' holds the divisions " + children + ": move or delete them first");
    }
    Division receiver = receiverEId == null ? null : receiver(law, division, receiverEId);
    List<ArticleRevision> held = live(law, division);
    if (!held.isEmpty() && receiver == null) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "moveArticlesTo",
          "division '"
              + eId
              + "' holds "
              + held.size()
              + " articles: name in moveArticlesTo the division that receives them");
    }
    Instant now = clock.instant();
    String note = ArticleEditor.message(message, "Delete");
    List<String> moved = new ArrayList<>();
    if (!held.isEmpty()) {
      String key =
          live(law, receiver).stream().map(ArticleRevision::sortKey).reduce((a, b) -> b).orElse("");
      for (ArticleRevision article : held) {
        key = SortKey.between(key, null);
        handOver(article.article(), receiver, key, author, now, note);
        moved.add(article.article().eId());
      }
    }
    division.delete();
    return new Deleted(
        history.revised(division, DivisionChange.DELETED, author, now, note),
        receiver == null ? null : receiver.eId(),
        moved);
  }

  private Division receiver(Law law, Division deleted, String receiverEId) {
    Division receiver =
        laws.divisions(law).stream()
            .filter(d -> d.eId().equals(receiverEId))
            .findFirst()
            .orElseThrow(
                () ->
                    new LawNotFound(
                        "moveArticlesTo",
                        "law '" + law.slug() + "' has no division '" + receiverEId + "'"));
    if (receiver.equals(deleted)) {
      throw DomainException.invalid(
          "moveArticlesTo", "the articles cannot move to the division being deleted");
    }
    return receiver;
  }

  /** The live articles of a division, in order, as the law's first language has them. */
  private List<ArticleRevision> live(Law law, Division division) {
    return laws.heads(law, law.languages().get(0)).stream()
        .filter(r -> !r.deleted() && r.division().equals(division))
        .sorted(Comparator.comparing(ArticleRevision::sortKey))
        .toList();
  }

  /** Writes in every language a revision that keeps the article's text and puts it at the key. */
  private void handOver(
      Article article, Division receiver, String key, String author, Instant at, String note) {
    for (ArticleHead head : editor.lockHeads(article).values()) {
      ArticleRevision current = head.revision();
      editor.advance(
          head,
          new ArticleRevision.Change(
              ChangeKind.MOVED,
              current.number(),
              false,
              receiver,
              key,
              current.heading(),
              current.body(),
              author,
              at,
              note));
    }
  }

  private String checkedEId(Law law, DivisionKind kind, String eId) {
    if (!Pattern.matches(kind.prefix() + "_[a-z0-9_]{1,90}", eId)) {
      throw DomainException.invalid(
          "eId", "a " + kind.label() + " eId looks like " + kind.prefix() + "_3");
    }
    if (usedEIds(law).contains(eId)) {
      throw new DomainException(
          DomainException.Reason.CONFLICT, "eId", "eId '" + eId + "' is already used in this law");
    }
    return eId;
  }

  /** One past the highest number used for the kind, deleted divisions included. */
  private String nextEId(Law law, DivisionKind kind) {
    Pattern numbered = Pattern.compile(kind.prefix() + "_([0-9]{1,9})");
    int highest = 0;
    for (String used : usedEIds(law)) {
      Matcher match = numbered.matcher(used);
      if (match.matches()) {
        highest = Math.max(highest, Integer.parseInt(match.group(1)));
      }
    }
    return kind.prefix() + "_" + (highest + 1);
  }

  private List<String> usedEIds(Law law) {
    return em.createQuery("select d.eId from Division d where d.law = :law", String.class)
        .setParameter("law", law)
        .getResultList();
  }
}
