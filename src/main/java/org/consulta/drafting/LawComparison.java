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
    return between(from, to, ArticleRevision::body, new RevisionDiffs(0));
  }

  /**
   * The same, comparing the texts as {@code text} shows them (with cross-references in one
   * numbering, an article changes only where its words did), with the word diffs of changed
   * articles taken from {@code diffs} and made on every core: an article at the same revision in
   * both states is not diffed at all.
   */
  public static List<ArticleChange> between(
      LawLayout from, LawLayout to, Function<ArticleRevision, String> text, RevisionDiffs diffs) {
    Map<String, LawLayout.Placed> before = byEId(from);
    Map<String, LawLayout.Placed> after = byEId(to);
    Map<String, List<LawLayout.Placed>> deletedAfter =
        DeletedInPlace.byPredecessor(from.articles(), after.keySet(), LawLayout.Placed::eId);
    List<LawLayout.Placed> reading = to.articles();
    // The texts are read here, on the request's thread; only the diffs are made on every core.
    List<RevisionDiffs.Pair> pairs = new ArrayList<>();
    for (LawLayout.Placed now : reading) {
      LawLayout.Placed was = before.get(now.eId());
      pairs.add(was == null ? null : changedPair(was.revision(), now.revision(), text));
    }
    List<RevisionDiffs.Diff> made =
        pairs.parallelStream().map(pair -> pair == null ? null : diffs.between(pair)).toList();
    List<ArticleChange> changes = new ArrayList<>();
    deletedAfter.getOrDefault(null, List.of()).forEach(was -> changes.add(deleted(was, text)));
    for (int i = 0; i < reading.size(); i++) {
      LawLayout.Placed now = reading.get(i);
      LawLayout.Placed was = before.get(now.eId());
      ArticleChange change = was == null ? added(now, text) : compared(was, now, made.get(i));
      if (!change.statuses().isEmpty()) {
        changes.add(change);
      }
      deletedAfter
          .getOrDefault(now.eId(), List.of())
          .forEach(gone -> changes.add(deleted(gone, text)));
    }
    return changes;
  }

  /**
   * The pair to diff when heading or shown text differ, else null. The same revision in both states
   * is not even read: both sides are shown in one numbering, so its text is the same.
   */
  private static RevisionDiffs.Pair changedPair(
      ArticleRevision a, ArticleRevision b, Function<ArticleRevision, String> text) {
    if (a == b || (a.id() != null && a.id().equals(b.id()))) {
      return null;
    }
    String aText = text.apply(a);
    String bText = text.apply(b);
    if (a.heading().equals(b.heading()) && aText.equals(bText)) {
      return null;
    }
    return new RevisionDiffs.Pair(a.id(), b.id(), a.heading(), b.heading(), aText, bText);
  }

  /** {@code diff} is null when the article's heading and text did not change. */
  private static ArticleChange compared(
      LawLayout.Placed was, LawLayout.Placed now, RevisionDiffs.Diff diff) {
    ArticleRevision a = was.revision();
    ArticleRevision b = now.revision();
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    if (!a.division().eId().equals(b.division().eId()) || !a.sortKey().equals(b.sortKey())) {
      statuses.add(Status.MOVED);
    }
    if (was.number() != now.number()) {
      statuses.add(Status.RENUMBERED);
    }
    if (diff != null) {
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
        diff != null ? diff.heading() : List.of(),
        diff != null ? diff.text() : List.of());
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
