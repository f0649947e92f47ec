package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.consulta.exchange.AlignmentProblem.Kind;
import org.junit.jupiter.api.Test;

class DraftAlignmentTest {
  private final DraftAlignment alignment = new DraftAlignment();

  @Test
  void findsNothingWrongWithAlignedFixtures() {
    List<DraftDocument> versions =
        List.of(Fixtures.parse("parity/es.md"), Fixtures.parse("parity/en.md"));

    assertEquals(List.of(), alignment.check(versions));
  }

  @Test
  void findsNothingToCompareInASingleVersion() {
    assertEquals(List.of(), alignment.check(List.of(Fixtures.parse("parity/es.md"))));
  }

  @Test
  void reportsWorkLevelFieldsThatDiffer() {
    DraftDocument es = draft("es", chapter("chp_1", article("art_1", "Texto.")));
    DraftDocument en =
        new DraftDocument("parity", "en", "Law", "/akn/other", "equality", null, es.body());

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(2, problems.size(), problems::toString);
    for (AlignmentProblem problem : problems) {
      assertNull(problem.eId());
      assertEquals(Kind.WORK_MISMATCH, problem.kind());
    }
    assertTrue(problems.get(0).detail().contains("/akn/other"), problems.get(0)::detail);
    assertTrue(problems.get(1).detail().contains("equality"), problems.get(1)::detail);
  }

  @Test
  void namesTheLanguagesThatLackAnArticle() {
    DraftDocument es =
        draft("es", chapter("chp_1", article("art_1", "Uno."), article("art_2", "Dos.")));
    DraftDocument en = draft("en", chapter("chp_1", article("art_1", "One.")));
    DraftDocument pt = draft("pt", chapter("chp_1", article("art_1", "Um.")));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en, pt));

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("art_2", problems.get(0).eId());
    assertEquals(Kind.MISSING_IN_LANGUAGE, problems.get(0).kind());
    assertEquals("present in es; missing in en, pt", problems.get(0).detail());
  }

  @Test
  void reportsADivisionPresentInOneLanguageOnly() {
    DraftDocument es = draft("es", chapter("chp_1", article("art_1", "Uno.")));
    DraftDocument en = draft("en", chapter("chp_1", article("art_1", "One.")), chapter("chp_2"));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(
        List.of(
            new AlignmentProblem(
                "chp_2", Kind.MISSING_IN_LANGUAGE, "present in en; missing in es")),
        problems);
  }

  @Test
  void reportsTheArticleThatMovedWithinItsDivision() {
    DraftDocument es =
        draft(
            "es",
            chapter(
                "chp_1",
                article("art_1", "Uno."),
                article("art_2", "Dos."),
                article("art_3", "Tres.")));
    DraftDocument en =
        draft(
            "en",
            chapter(
                "chp_1",
                article("art_2", "Two."),
                article("art_3", "Three."),
                article("art_1", "One.")));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("art_1", problems.get(0).eId());
    assertEquals(Kind.ORDER_DIFFERS, problems.get(0).kind());
    assertEquals("comes first in es but after art_3 in en", problems.get(0).detail());
  }

  @Test
  void reportsSwappedDivisions() {
    DraftDocument es =
        draft("es", chapter("chp_1", article("art_1", "Uno.")), chapter("chp_2"), chapter("chp_3"));
    DraftDocument en =
        draft("en", chapter("chp_2"), chapter("chp_3"), chapter("chp_1", article("art_1", "One.")));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(
        List.of(
            new AlignmentProblem(
                "chp_1", Kind.ORDER_DIFFERS, "comes first in es but after chp_3 in en")),
        problems);
  }

  @Test
  void reportsAnArticleInAnotherDivisionOnlyOnce() {
    DraftDocument es =
        draft(
            "es",
            chapter("chp_1", article("art_1", "Uno."), article("art_2", "Dos.")),
            chapter("chp_2", article("art_3", "Tres.")));
    DraftDocument en =
        draft(
            "en",
            chapter("chp_1", article("art_1", "One.")),
            chapter("chp_2", article("art_2", "Two."), article("art_3", "Three.")));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(
        List.of(
            new AlignmentProblem(
                "art_2", Kind.PARENT_DIFFERS, "in chp_1 in es but in chp_2 in en")),
        problems);
  }

  @Test
  void reportsArticlesWhoseParagraphsOrItemsDiffer() {
    DraftDocument es =
        draft(
            "es", chapter("chp_1", article("art_1", "1. Uno:\n\na) una;\n\nb) otra.\n\n2. Dos.")));
    DraftDocument en =
        draft("en", chapter("chp_1", article("art_1", "1. One:\n\na) one.\n\n2. Two.")));

    List<AlignmentProblem> problems = alignment.check(List.of(es, en));

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("art_1", problems.get(0).eId());
    assertEquals(Kind.STRUCTURE_DIFFERS, problems.get(0).kind());
    assertEquals(
        "es has numbered paragraphs: 2, lettered items: 2;"
            + " en has numbered paragraphs: 2, lettered items: 1",
        problems.get(0).detail());
  }

  @Test
  void ignoresWordingDifferencesWhenStructureMatches() {
    DraftDocument es = draft("es", chapter("chp_1", article("art_1", "1. Uno.\n\na) una.")));
    DraftDocument en =
        draft(
            "en", chapter("chp_1", article("art_1", "1. One, reworded\nover two lines.\n\na) x.")));

    assertEquals(List.of(), alignment.check(List.of(es, en)));
  }

  private static DraftDocument draft(String lang, DraftNode... body) {
    return new DraftDocument(
        "parity",
        lang,
        "Title " + lang,
        "/akn/oas/act/model-law/2025/parity",
        "parity",
        null,
        List.of(body));
  }

  private static DraftDivision chapter(String eId, DraftNode... children) {
    return new DraftDivision(eId, DivisionKind.CHAPTER, "Chapter " + eId, List.of(children), 0);
  }

  private static DraftArticle article(String eId, String text) {
    return new DraftArticle(eId, 0, "Heading " + eId, text, 0);
  }
}
