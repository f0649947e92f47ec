package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which divisions a whole-law diff reports: added, deleted (where they stood), renamed, and moved
 * only when their parent or their place among the divisions both sides hold changed.
 */
class StructureComparisonTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private final Law law = new Law("test", "/akn/oas/act/model-law/2026/test", "test", AT);

  private Division division(String eId, Division parent, String heading) {
    return new Division(law, eId, DivisionKind.CHAPTER, parent, 0, Map.of(Language.en, heading));
  }

  private static List<String> changes(List<Division> from, List<Division> to) {
    return StructureComparison.divisions(from, to, Language.en).stream()
        .map(c -> c.eId() + ":" + c.statuses())
        .toList();
  }

  @Test
  void anInsertedDivisionDoesNotMoveItsNeighbours() {
    var one = division("chp_1", null, "One");
    var two = division("chp_2", null, "Two");
    var added = division("chp_3", null, "Three");
    assertEquals(List.of("chp_3:[ADDED]"), changes(List.of(one, two), List.of(one, added, two)));
  }

  @Test
  void aDeletedDivisionStaysWhereItStood() {
    var one = division("chp_1", null, "One");
    var two = division("chp_2", null, "Two");
    var three = division("chp_3", null, "Three");
    var renamed = division("chp_3", null, "Third");
    assertEquals(
        List.of("chp_2:[DELETED]", "chp_3:[RENAMED]"),
        changes(List.of(one, two, three), List.of(one, renamed)));
  }

  @Test
  void swappedSiblingsAndANewParentAreMoves() {
    var one = division("chp_1", null, "One");
    var two = division("chp_2", null, "Two");
    var section = division("sec_1", one, "S");
    var sectionUnderTwo = division("sec_1", two, "S");
    assertEquals(
        List.of("chp_2:[MOVED]", "chp_1:[MOVED]"),
        changes(List.of(one, section, two), List.of(two, one, section)));
    assertEquals(
        List.of("sec_1:[MOVED]"),
        changes(List.of(one, section, two), List.of(one, two, sectionUnderTwo)));
  }

  @Test
  void aRenameCarriesTheWordDiffOfTheHeading() {
    var before = division("chp_1", null, "Chapter I. General");
    var after = division("chp_1", null, "Chapter I. Scope");
    var change = StructureComparison.divisions(List.of(before), List.of(after), Language.en).get(0);
    assertEquals("Chapter I. General", change.fromHeading());
    assertEquals("Chapter I. Scope", change.toHeading());
    assertEquals(
        "[DELETE General, INSERT Scope]",
        change.heading().stream()
            .filter(op -> op.kind() != org.consulta.revisions.DiffOp.Kind.EQUAL)
            .map(op -> op.kind() + " " + op.text())
            .toList()
            .toString());
  }
}
