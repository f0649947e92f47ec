package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.consulta.revisions.MergeResult.Clean;
import org.consulta.revisions.MergeResult.Conflicting;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private static final String BASE = "The fee is ten euros. Payment is due monthly.";

  private static Clean clean(MergeResult result) {
    return assertInstanceOf(Clean.class, result);
  }

  private static List<MergeConflict> conflicts(MergeResult result) {
    return assertInstanceOf(Conflicting.class, result).conflicts();
  }

  // Trivial cases

  @Test
  void unchangedEditKeepsCurrent() {
    assertEquals(
        new Clean("The fee is five euros. Payment is due monthly.", false),
        ThreeWayMerge.merge(BASE, "The fee is five euros. Payment is due monthly.", BASE));
  }

  @Test
  void unchangedCurrentTakesEdit() {
    assertEquals(
        new Clean("The fee is five euros. Payment is due monthly.", false),
        ThreeWayMerge.merge(BASE, BASE, "The fee is five euros. Payment is due monthly."));
  }

  @Test
  void sameTextOnBothSidesIsTakenAsIs() {
    String both = "A completely different text.";
    assertEquals(new Clean(both, false), ThreeWayMerge.merge(BASE, both, both));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> ThreeWayMerge.merge(null, "a", "b"));
    assertThrows(NullPointerException.class, () -> ThreeWayMerge.merge("a", null, "b"));
    assertThrows(NullPointerException.class, () -> ThreeWayMerge.merge("a", "b", null));
  }

  // Clean merges

  @Test
  void combinesEditsInDifferentSentences() {
    assertEquals(
        new Clean("The fee is twelve euros. Payment is due quarterly.", true),
        ThreeWayMerge.merge(
            BASE,
            "The fee is twelve euros. Payment is due monthly.",
            "The fee is ten euros. Payment is due quarterly."));
  }

  @Test
  void appliesEditAtPositionShiftedByCurrentChanges() {
    // Current inserts before the edited word and deletes after it; the edit must land exactly.
    String base = "Article 1. The annual fee is ten euros. Payment is due monthly.";
    assertEquals(
        new Clean("Preamble. Article 1. The annual fee is eleven euros. Payment is due.", true),
        ThreeWayMerge.merge(
            base,
            "Preamble. Article 1. The annual fee is ten euros. Payment is due.",
            "Article 1. The annual fee is eleven euros. Payment is due monthly."));
  }

  @Test
  void combinesDeletionFarFromInsertion() {
    String base =
        "Each member shall promptly notify the secretariat. "
            + "The secretariat shall publish every notification.";
    assertEquals(
        new Clean(
            "Each member shall notify the secretariat. "
                + "The secretariat shall publish every notification within thirty days.",
            true),
        ThreeWayMerge.merge(
            base,
            base.replace("promptly ", ""),
            base.replace("notification.", "notification within thirty days.")));
  }

  @Test
  void appliesIdenticalChangeOnceAndKeepsTheRest() {
    String current = "The fee is twelve euros. Payment is due monthly.";
    String edit = "The fee is twelve euros. Payment is due yearly.";
    assertEquals(
        new Clean("The fee is twelve euros. Payment is due yearly.", true),
        ThreeWayMerge.merge(BASE, current, edit));
  }

  @Test
  void identicalInsertionsAtTheSamePointAreNotAConflict() {
    String current = "Preamble. " + BASE + " Final clause.";
    String edit = "Preamble. " + BASE.replace("ten", "nine");
    assertEquals(
        new Clean("Preamble. The fee is nine euros. Payment is due monthly. Final clause.", true),
        ThreeWayMerge.merge(BASE, current, edit));
  }

  @Test
  void combinesUnicodeEdits() {
    String base = "La participación ciudadana es un derecho \uD83D\uDC4D. Café para todos.";
    String current = "La participación pública es un derecho \uD83D\uDC4D. Café para todos.";
    String edit =
        "La participación ciudadana es un derecho \uD83D\uDC4D\uD83C\uDFFD. "
            + "Cafe\u0301 para todos \uD83C\uDDEA\uD83C\uDDF8.";
    assertEquals(
        new Clean(
            "La participación pública es un derecho \uD83D\uDC4D\uD83C\uDFFD. "
                + "Cafe\u0301 para todos \uD83C\uDDEA\uD83C\uDDF8.",
            true),
        ThreeWayMerge.merge(base, current, edit));
  }

  @Test
  void mergesIntoEmptyAndFromEmptyBase() {
    assertEquals(new Clean("Hola", false), ThreeWayMerge.merge("", "", "Hola"));
    assertEquals(new Clean("", false), ThreeWayMerge.merge("Hola mundo", "", "Hola mundo"));
    assertEquals(new Clean("", false), ThreeWayMerge.merge("Hola mundo", "", ""));
  }

  @Test
  void mergesEditsAtBothEndsOfALongArticle() {
    String base = LegalText.articles(700);
    assertTrue(base.length() > 200_000, "length " + base.length());
    String firstClause = "Article 1. The States Parties shall";
    String lastClause = "Article 700. The States Parties shall";
    String current = base.replace(firstClause, "Article 1. The States Parties must");
    String edit = base.replace(lastClause, "Article 700. Every State Party shall") + " End.";

    MergeResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ThreeWayMerge.merge(base, current, edit));

    String expected =
        base.replace(firstClause, "Article 1. The States Parties must")
                .replace(lastClause, "Article 700. Every State Party shall")
            + " End.";
    assertEquals(new Clean(expected, true), result);
  }

  @Test
  void mergesRandomEditsFarApart() {
    Random random = new Random(7L);
    for (int round = 0; round < 100; round++) {
      String head = TextGenerator.randomText(random, 30);
      String middle = " " + LegalText.articles(3) + " ";
      String tail = TextGenerator.randomText(random, 30);
      String headEdited = TextGenerator.randomlyEdited(random, head, 3);
      String tailEdited = TextGenerator.randomlyEdited(random, tail, 3);

      MergeResult result =
          ThreeWayMerge.merge(
              head + middle + tail, headEdited + middle + tail, head + middle + tailEdited);

      assertEquals(headEdited + middle + tailEdited, clean(result).text(), "round " + round);
    }
  }

  // Conflicts

  @Test
  void sameWordChangedDifferentlyConflicts() {
    List<MergeConflict> conflicts =
        conflicts(
            ThreeWayMerge.merge(
                BASE,
                "The fee is twelve euros. Payment is due monthly.",
                "The fee is eleven euros. Payment is due monthly."));
    assertEquals(List.of(new MergeConflict(11, 14, "ten", "twelve", "eleven")), conflicts);
  }

  @Test
  void insertionsAtTheSamePointConflict() {
    List<MergeConflict> conflicts =
        conflicts(
            ThreeWayMerge.merge(
                "Payment is due.", "Payment is due monthly.", "Payment is due weekly."));
    assertEquals(List.of(new MergeConflict(14, 14, "", " monthly", " weekly")), conflicts);
  }

  @Test
  void deletingEverythingWhileTheOtherSideEditsConflicts() {
    assertEquals(
        List.of(new MergeConflict(0, 10, "Hola mundo", "", "Hola gente")),
        conflicts(ThreeWayMerge.merge("Hola mundo", "", "Hola gente")));
  }

  @Test
  void bothSidesInsertingIntoAnEmptyBaseConflict() {
    assertEquals(
        List.of(new MergeConflict(0, 0, "", "Hola", "Adiós")),
        conflicts(ThreeWayMerge.merge("", "Hola", "Adiós")));
  }

  @Test
  void deletingAPhraseTheOtherSideEditsConflicts() {
    String base = "The fee, if any, is due.";
    List<MergeConflict> conflicts =
        conflicts(
            ThreeWayMerge.merge(base, "The fee is due.", "The fee, where applicable, is due."));
    assertEquals(
        List.of(new MergeConflict(7, 16, ", if any,", "", ", where applicable,")), conflicts);
  }

  @Test
  void insertionTouchingAReplacementConflicts() {
    String base = "as defined in article 5 of this law";
    List<MergeConflict> conflicts =
        conflicts(
            ThreeWayMerge.merge(
                base,
                "as defined in article 6 of this law",
                "as defined in article 5(a) of this law"));
    assertEquals(List.of(new MergeConflict(22, 23, "5", "6", "5(a)")), conflicts);
  }

  @Test
  void editOfAClauseTheOtherSideDeletedConflictsInsteadOfLandingOnItsTwin() {
    String base =
        "Article 1. The fee is ten euros. Article 2. Payment is monthly. "
            + "Article 3. The fee is ten euros.";
    String current = "Article 1. Article 2. Payment is monthly. Article 3. The fee is ten euros.";
    String edit = base.replaceFirst("ten", "twenty");

    // The trap: fuzzy patching moves the edit onto the look-alike clause in article 3.
    DiffMatchPatch dmp = new DiffMatchPatch();
    assertEquals(
        "Article 1. Article 2. Payment is monthly. Article 3. The fee is twenty euros.",
        dmp.patchApply(dmp.patchMake(base, edit), current)[0]);

    List<MergeConflict> conflicts = conflicts(ThreeWayMerge.merge(base, current, edit));
    assertEquals(1, conflicts.size());
    MergeConflict conflict = conflicts.get(0);
    assertTrue(conflict.baseEnd() <= base.indexOf("Article 2"), conflict.toString());
    assertTrue(conflict.base().contains("The fee is ten euros"), conflict.toString());
    assertEquals(
        base.substring(conflict.baseStart(), conflict.baseEnd()).replace("ten", "twenty"),
        conflict.yours());
    assertEquals("", conflict.theirs().strip());
  }

  @Test
  void oneHunkOverlappingTwoOthersIsOneConflict() {
    String base = "alpha beta gamma delta epsilon. Zeta eta theta.";
    List<MergeConflict> conflicts =
        conflicts(
            ThreeWayMerge.merge(
                base,
                "ALPHA beta GAMMA delta epsilon. Zeta eta THETA.",
                "delta epsilon. Zeta eta iota."));
    assertEquals(
        List.of(
            new MergeConflict(0, 17, "alpha beta gamma ", "ALPHA beta GAMMA ", ""),
            new MergeConflict(41, 46, "theta", "THETA", "iota")),
        conflicts);
  }

  @Test
  void twoHunksInsideOneDeletionAreOneConflict() {
    String base = "Payment is due monthly, by bank transfer, in euros. Other terms apply.";
    assertEquals(
        List.of(
            new MergeConflict(
                0,
                52,
                "Payment is due monthly, by bank transfer, in euros. ",
                "",
                "Payment is due weekly, by bank transfer, in dollars. ")),
        conflicts(
            ThreeWayMerge.merge(
                base,
                "Other terms apply.",
                base.replace("monthly", "weekly").replace("euros", "dollars"))));
  }

  @Test
  void conflictsDescribeTheirBaseSpan() {
    String base = "Payment is due.";
    MergeConflict conflict =
        conflicts(ThreeWayMerge.merge(base, "Payment is owed.", "Payment is due soon.")).get(0);
    assertEquals(base.substring(conflict.baseStart(), conflict.baseEnd()), conflict.base());
  }
}
