package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.WordDiff;
import org.junit.jupiter.api.Test;

class RedlineParagraphTest {
  @Test
  void theTextIsCutAtItsBlankLinesAndEachNumberHangsApart() {
    List<RedlineParagraph> paragraphs =
        RedlineParagraph.of(
            WordDiff.between(
                "Texto de entrada.\n\n1. A los efectos:\n\na) «uno»;\n\nb) «dos».",
                "Texto de entrada.\n\n1. A los efectos de esta Ley:\n\na) «uno»;\n\nb) «dos»."));

    assertEquals(
        List.of(
            "BODY | Texto de entrada.",
            "NUMBERED 1. | A los efectos{+ de esta Ley+}:",
            "ITEM a) | «uno»;",
            "ITEM b) | «dos»."),
        paragraphs.stream().map(RedlineParagraphTest::shown).toList());
  }

  @Test
  void aRenumberedItemShowsBothNumbersWholeNotTheDiffOfTheirLetters() {
    List<DiffOp> diff = WordDiff.between("g) «órgano»: todo órgano.", "h) «órgano»: todo órgano.");
    assertEquals(DiffOp.Kind.DELETE, diff.get(0).kind(), diff.toString());

    assertEquals(
        List.of("ITEM [-g)-]{+h)+} | «órgano»: todo órgano."), shownAll(RedlineParagraph.of(diff)));
  }

  @Test
  void anItemInsertedBeforeAnotherGivesItsLetterToTheNew() {
    List<RedlineParagraph> paragraphs =
        RedlineParagraph.of(
            WordDiff.between(
                "f) «bloque»: un grupo;\n\ng) «órgano»: todo órgano.",
                "f) «bloque»: un grupo;\n\ng) «lista»: una lista;\n\nh) «órgano»: todo órgano."));

    // The diff keeps "g)" where it stood and inserts the new words after it.
    assertEquals(
        List.of(
            "ITEM f) | «bloque»: un grupo;",
            "ITEM g) | {+«lista»: una lista;+}",
            "ITEM {+h)+} | «órgano»: todo órgano."),
        shownAll(paragraphs));
  }

  @Test
  void aParagraphDeletedWholeKeepsItsNumberStruckThrough() {
    List<RedlineParagraph> paragraphs =
        RedlineParagraph.of(WordDiff.between("1. Uno.\n\n2. Dos.", "1. Uno."));

    assertEquals(List.of("NUMBERED 1. | Uno.", "NUMBERED [-2.-] | [-Dos.-]"), shownAll(paragraphs));
  }

  private static List<String> shownAll(List<RedlineParagraph> paragraphs) {
    return paragraphs.stream().map(RedlineParagraphTest::shown).toList();
  }

  /** {@code ITEM [-g)-]{+h)+} | text}: kind, number and text with the changes marked. */
  private static String shown(RedlineParagraph p) {
    String num = marked(p.num());
    return p.kind() + (num.isEmpty() ? "" : " " + num) + " | " + marked(p.text());
  }

  private static String marked(List<DiffOp> ops) {
    return ops.stream()
        .map(
            op ->
                switch (op.kind()) {
                  case EQUAL -> op.text();
                  case INSERT -> "{+" + op.text() + "+}";
                  case DELETE -> "[-" + op.text() + "-]";
                })
        .collect(Collectors.joining());
  }
}
