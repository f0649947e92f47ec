package org.consulta.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.WordDiff;

/**
 * What changed between two states of a law in one language, article by article, matched by eId:
 * added, deleted, moved, renumbered, changed, with a word diff of heading and text.
 */
public final class LawComparison {
  /** How an article differs; an article can be moved, renumbered and changed at once. */
  public enum Status {
    ADDED,
    DELETED,
    MOVED,
    RENUMBERED,
    CHANGED
  }

  /** One article that differs; the side it is absent from has null number and revision. */
  public record ArticleChange(
      String eId,
      Set<Status> statuses,
      Integer fromNumber,
      Integer toNumber,
      Integer fromRevision,
      Integer toRevision,
      String fromDivision,
      String toDivision,
      List<DiffOp> heading,
      List<DiffOp> text) {}

  private LawComparison() {}

  /**
   * The differing articles in reading order: that of {@code to}, with each deleted article right
   * after the article that preceded it in {@code from} (wherever that one is now; after it too when
   * that one was deleted as well, first when nothing preceded it).
   */
  public static List<ArticleChange> between(LawLayout from, LawLayout to) {
    return between(from, to, ArticleRevision::body);
  }

  /**
   * As {@link #between(LawLayout, LawLayout)}, comparing the texts as {@code text} shows them: with
   * cross-references in one numbering, an article changes only where its words did.
   */
  public static List<ArticleChange> between(
      LawLayout from, LawLayout to, Function<ArticleRevision, String> text) {
    Map<String, LawLayout.Placed> before = byEId(from);
    Map<String, LawLayout.Placed> after = byEId(to);
    Map<String, List<LawLayout.Placed>> deletedAfter =
        DeletedInPlace.byPredecessor(from.articles(), after.keySet(), LawLayout.Placed::eId);
    List<ArticleChange> changes = new ArrayList<>();
    deletedAfter.getOrDefault(null, List.of()).forEach(was -> changes.add(deleted(was, text)));
    for (LawLayout.Placed now : to.articles()) {
      LawLayout.Placed was = before.get(now.eId());
      ArticleChange change = was == null ? added(now, text) : compared(was, now, text);
      if (!change.statuses().isEmpty()) {
        changes.add(change);
      }
      deletedAfter
          .getOrDefault(now.eId(), List.of())
          .forEach(gone -> changes.add(deleted(gone, text)));
    }
    return changes;
  }

  private static ArticleChange compared(
      LawLayout.Placed was, LawLayout.Placed now, Function<ArticleRevision, String> text) {
    ArticleRevision a = was.revision();
    ArticleRevision b = now.revision();
    String aText = text.apply(a);
    String bText = text.apply(b);
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    if (!a.division().eId().equals(b.division().eId()) || !a.sortKey().equals(b.sortKey())) {
      statuses.add(Status.MOVED);
    }
    if (was.number() != now.number()) {
      statuses.add(Status.RENUMBERED);
    }
    boolean changed = !a.heading().equals(b.heading()) || !aText.equals(bText);
    if (changed) {
      statuses.add(Status.CHANGED);
    }
    return new ArticleChange(
        now.eId(),
        statuses,
        was.number(),
        now.number(),
        a.number(),
        b.number(),
        a.division().eId(),
        b.division().eId(),
        changed ? WordDiff.between(a.heading(), b.heading()) : List.of(),
        changed ? WordDiff.between(aText, bText) : List.of());
  }

  private static ArticleChange added(LawLayout.Placed now, Function<ArticleRevision, String> text) {
    ArticleRevision b = now.revision();
    return new ArticleChange(
        now.eId(),
        EnumSet.of(Status.ADDED),
        null,
        now.number(),
        null,
        b.number(),
        null,
        b.division().eId(),
        WordDiff.between("", b.heading()),
        WordDiff.between("", text.apply(b)));
  }

  private static ArticleChange deleted(
      LawLayout.Placed was, Function<ArticleRevision, String> text) {
    ArticleRevision a = was.revision();
    return new ArticleChange(
        was.eId(),
        EnumSet.of(Status.DELETED),
        was.number(),
        null,
        a.number(),
        null,
        a.division().eId(),
        null,
        WordDiff.between(a.heading(), ""),
        WordDiff.between(text.apply(a), ""));
  }

  private static Map<String, LawLayout.Placed> byEId(LawLayout layout) {
    return layout.articles().stream()
        .collect(Collectors.toMap(LawLayout.Placed::eId, Function.identity(), (x, y) -> x));
  }
}
