package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.LawComparison.Status;
import org.junit.jupiter.api.Test;

/**
 * The order of a law's redline: the later version's reading order, with each deleted article where
 * it stood in the earlier one, right after the article that preceded it there.
 */
class LawComparisonTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private final Law law = new Law("test", "/akn/oas/act/model-law/2026/test", "test", AT);
  private final Division chapter =
      new Division(law, "chp_1", DivisionKind.CHAPTER, null, 0, Map.of(Language.en, "General"));

  /** The articles of one chapter at one moment, by eId, each placed by its sort key. */
  private final class State {
    private final Map<String, ArticleRevision> revisions = new LinkedHashMap<>();

    State(String... eIds) {
      for (int i = 0; i < eIds.length; i++) {
        var article = new Article(law, eIds[i]);
        revisions.put(
            eIds[i],
            ArticleRevision.first(
                article, Language.en, change(ChangeKind.INSERTED, key(i), "Text " + eIds[i])));
      }
    }

    private State(Map<String, ArticleRevision> revisions) {
      this.revisions.putAll(revisions);
    }

    State edited(String eId, String text) {
      return with(eId, change(ChangeKind.EDITED, revisions.get(eId).sortKey(), text));
    }

    State deleted(String eId) {
      return with(eId, change(ChangeKind.DELETED, revisions.get(eId).sortKey(), text(eId)));
    }

    /** Moves the article right after {@code after}. */
    State movedAfter(String eId, String after) {
      return with(eId, change(ChangeKind.MOVED, revisions.get(after).sortKey() + "5", text(eId)));
    }

    State insertedAfter(String eId, String after) {
      var next = new State(revisions);
      next.revisions.put(
          eId,
          ArticleRevision.first(
              new Article(law, eId),
              Language.en,
              change(ChangeKind.INSERTED, revisions.get(after).sortKey() + "5", "New " + eId)));
      return next;
    }

    private String text(String eId) {
      return revisions.get(eId).body();
    }

    private State with(String eId, ArticleRevision.Change change) {
      var next = new State(revisions);
      next.revisions.put(eId, revisions.get(eId).next(change));
      return next;
    }

    LawLayout layout() {
      return LawLayout.of(List.of(chapter), new ArrayList<>(revisions.values()));
    }
  }

  private ArticleRevision.Change change(ChangeKind kind, String sortKey, String body) {
    return new ArticleRevision.Change(
        kind, null, false, chapter, sortKey, "Heading", body, "drafter", AT, "");
  }

  private static String key(int i) {
    return SortKey.nth(i, 100);
  }

  private static List<String> order(State from, State to) {
    return LawComparison.between(from.layout(), to.layout()).stream()
        .map(LawComparison.ArticleChange::eId)
        .toList();
  }

  @Test
  void aDeletedArticleStaysAfterTheArticleThatPrecededIt() {
    var from = new State("art_1", "art_2", "art_3", "art_4");
    var to =
        from.edited("art_1", "One.")
            .deleted("art_2")
            .edited("art_3", "Three.")
            .edited("art_4", "Four.");
    assertEquals(List.of("art_1", "art_2", "art_3", "art_4"), order(from, to));
  }

  @Test
  void aDeletedFirstArticleComesFirst() {
    var from = new State("art_1", "art_2");
    var to = from.deleted("art_1").edited("art_2", "Two.");
    assertEquals(List.of("art_1", "art_2"), order(from, to));
  }

  @Test
  void deletionsInARowKeepTheirOrderAndComeBeforeWhatWasInsertedThere() {
    var from = new State("art_1", "art_2", "art_3", "art_4");
    var to = from.deleted("art_2").deleted("art_3").insertedAfter("art_5", "art_1");
    assertEquals(List.of("art_2", "art_3", "art_5", "art_4"), order(from, to));
    var changes = LawComparison.between(from.layout(), to.layout());
    assertEquals(EnumSet.of(Status.DELETED), changes.get(0).statuses());
    assertEquals(EnumSet.of(Status.ADDED), changes.get(2).statuses());
    assertEquals(EnumSet.of(Status.RENUMBERED), changes.get(3).statuses());
  }

  @Test
  void aDeletedArticleFollowsItsPredecessorWhereverThatMoved() {
    var from = new State("art_1", "art_2", "art_3", "art_4");
    var to = from.movedAfter("art_1", "art_4").deleted("art_2");
    assertEquals(List.of("art_3", "art_4", "art_1", "art_2"), order(from, to));
  }

  @Test
  void anArticleOnlyRenumberedCarriesNoTextDiff() {
    var from = new State("art_1", "art_2", "art_3");
    var to = from.deleted("art_1");
    var changes = LawComparison.between(from.layout(), to.layout());
    assertEquals(List.of("art_1", "art_2", "art_3"), changes.stream().map(c -> c.eId()).toList());
    var renumbered = changes.get(1);
    assertEquals(EnumSet.of(Status.RENUMBERED), renumbered.statuses());
    assertEquals(List.of(2, 1), List.of(renumbered.fromNumber(), renumbered.toNumber()));
    assertEquals(List.of(), renumbered.text());
  }
}
