package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleStructureTest {
  @Test
  void countsNumberedParagraphsAndLetteredItems() {
    String text = "1. Uno:\n\na) una;\n\nb) otra;\n\nc) última.\n\n2. Dos.\n\n10. Diez.";

    assertEquals(new ArticleStructure(3, 3), ArticleStructure.of(text));
  }

  @Test
  void countsOnlyMarkersThatStartAParagraph() {
    String text =
        "Texto con 1. dentro y a) dentro.\n2. en la segunda línea\n\n1.5 millones\n\nab) no";

    assertEquals(new ArticleStructure(0, 0), ArticleStructure.of(text));
  }

  @Test
  void describesItselfForProblemReports() {
    assertEquals(
        "numbered paragraphs: 2, lettered items: 1", new ArticleStructure(2, 1).describe());
  }
}
