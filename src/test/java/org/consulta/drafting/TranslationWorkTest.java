package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.revisions.DiffOp;
import org.junit.jupiter.api.Test;

class TranslationWorkTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private final Law law = new Law("parity", "/akn/oas/act/model-law/2025/parity", "t", AT);
  private final Division chapter =
      new Division(law, "chp_1", DivisionKind.CHAPTER, null, 0, Map.of(Language.es, "I"));
  private final Article article = new Article(law, "art_3");

  @Test
  void theDiffRunsFromTheConfirmedSourceRevisionToTheCurrentOne() {
    List<ArticleRevision> es =
        history(Language.es, "La ley rige.", "La ley rige en todo el país.", "La ley rige hoy.");
    ArticleRevision en = history(Language.en, "The law applies.").get(0);
    var lag = new TranslationLag(article, Language.en, es.get(2), 1);

    TranslationWork work = TranslationWork.of(3, es, en, lag);

    assertEquals("outdated", work.state());
    assertEquals(1, work.confirmedRevision());
    assertEquals(1, work.changes().from());
    assertEquals(3, work.changes().to());
    assertEquals("+hoy -", changed(work.changes().text()));
    assertEquals("La ley rige hoy.", work.source().text());
    assertEquals("The law applies.", work.target().text());
    assertEquals("\"en-1\"", work.target().etag());
  }

  @Test
  void aConfirmationPartWayLeavesOnlyTheLaterChanges() {
    List<ArticleRevision> es =
        history(Language.es, "La ley rige.", "La ley rige en todo el país.", "La ley rige hoy.");
    var lag = new TranslationLag(article, Language.en, es.get(2), 1);
    lag.confirmUpTo(2);

    var work = TranslationWork.of(3, es, history(Language.en, "It applies.").get(0), lag);

    assertEquals(2, work.changes().from());
    assertEquals("+hoy -en|todo|el|país", changed(work.changes().text()));
  }

  @Test
  void anEmptyTargetIsUntranslatedAndHasNoBaselineToCompareWith() {
    List<ArticleRevision> es = history(Language.es, "La ley rige.");
    ArticleRevision fr = history(Language.fr, "").get(0);

    var work =
        TranslationWork.of(3, es, fr, new TranslationLag(article, Language.fr, es.get(0), null));

    assertEquals("untranslated", work.state());
    assertNull(work.confirmedRevision());
    assertNull(work.changes());
  }

  @Test
  void aSourceChangeInAnotherLanguageDropsTheBaseline() {
    List<ArticleRevision> es = history(Language.es, "Uno.", "Dos.");
    List<ArticleRevision> en = history(Language.en, "One.", "Two.");
    var lag = new TranslationLag(article, Language.fr, es.get(1), 1);

    lag.follow(en.get(1));

    assertEquals(Language.en, lag.sourceLang());
    assertEquals(2, lag.sourceRevision());
    assertNull(lag.confirmedRevision());
  }

  @Test
  void aTargetInStepIsCurrentWithNothingToShow() {
    List<ArticleRevision> es = history(Language.es, "Uno.", "Dos.");

    var work = TranslationWork.of(1, es, history(Language.en, "Two.").get(0), null);

    assertEquals("current", work.state());
    assertEquals(2, work.confirmedRevision());
    assertNull(work.changes());
  }

  private List<ArticleRevision> history(Language lang, String... texts) {
    List<ArticleRevision> revisions = new ArrayList<>();
    for (String text : texts) {
      var change =
          new ArticleRevision.Change(
              revisions.isEmpty() ? ChangeKind.INSERTED : ChangeKind.EDITED,
              revisions.size(),
              false,
              chapter,
              "m",
              "",
              text,
              "ana",
              AT,
              "edit");
      revisions.add(
          revisions.isEmpty()
              ? ArticleRevision.first(article, lang, change)
              : revisions.get(revisions.size() - 1).next(change));
    }
    return revisions;
  }

  /** The inserted and deleted words, "+word" then "-word|word", trimmed of spaces. */
  private static String changed(List<DiffOp> ops) {
    String inserted =
        ops.stream()
            .filter(op -> op.kind() == DiffOp.Kind.INSERT)
            .map(op -> op.text().trim())
            .collect(Collectors.joining("|"));
    String deleted =
        ops.stream()
            .filter(op -> op.kind() == DiffOp.Kind.DELETE)
            .map(op -> op.text().trim().replace(' ', '|'))
            .collect(Collectors.joining("|"));
    return "+" + inserted + " -" + deleted;
  }
}
