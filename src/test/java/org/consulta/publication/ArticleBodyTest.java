package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {
  @Test
  void numberedParagraphsCarryTheLetteredItemsThatFollowThem() {
    List<Paragraph> paragraphs =
        ArticleBody.parse(
            "art_2",
            "1. Esta Ley obliga a:\n\na) los poderes;\n\nb) los órganos.\n\n2. Las entidades"
                + " adecuarán su normativa.");

    assertEquals(
        List.of(
            new Paragraph(
                "art_2__para_1",
                "1.",
                "Esta Ley obliga a:",
                List.of(
                    new Point("art_2__para_1__point_a", "a)", "los poderes;"),
                    new Point("art_2__para_1__point_b", "b)", "los órganos."))),
            new Paragraph(
                "art_2__para_2", "2.", "Las entidades adecuarán su normativa.", List.of())),
        paragraphs);
  }

  @Test
  void unnumberedParagraphsAreNumberedByPositionInTheirIds() {
    List<Paragraph> paragraphs = ArticleBody.parse("art_9", "Primera frase.\n\nSegunda frase.");

    assertEquals(
        List.of(
            new Paragraph("art_9__para_1", null, "Primera frase.", List.of()),
            new Paragraph("art_9__para_2", null, "Segunda frase.", List.of())),
        paragraphs);
  }

  @Test
  void itemsBeforeAnyParagraphHangFromAnUnnumberedOneWithoutText() {
    List<Paragraph> paragraphs = ArticleBody.parse("art_1", "a) uno;\n\nb) dos.");

    assertEquals(
        List.of(
            new Paragraph(
                "art_1__para_1",
                null,
                "",
                List.of(
                    new Point("art_1__para_1__point_a", "a)", "uno;"),
                    new Point("art_1__para_1__point_b", "b)", "dos.")))),
        paragraphs);
  }

  @Test
  void anIdAlreadyTakenGetsTheNextFreePosition() {
    List<Paragraph> paragraphs =
        ArticleBody.parse("art_3", "2. Dos.\n\nSin número.\n\n2. Otra vez.");

    assertEquals(
        List.of("art_3__para_2", "art_3__para_2_1", "art_3__para_2_2"),
        paragraphs.stream().map(Paragraph::eId).toList());
  }

  @Test
  void singleLineBreaksInsideAParagraphAreKeptAsSpaces() {
    List<Paragraph> paragraphs = ArticleBody.parse("art_4", "1. Una línea\nque sigue.");

    assertEquals("Una línea que sigue.", paragraphs.get(0).text());
  }

  @Test
  void anEmptyBodyHasNoParagraphs() {
    assertEquals(List.of(), ArticleBody.parse("art_5", "  \n\n "));
  }
}
