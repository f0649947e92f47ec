package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class EditionAssemblyTest {
  @Test
  void aBilingualEditionHasEveryArticleInBothLanguagesUnderOneEId() {
    for (String slug : DraftEditions.SHIPPED) {
      Edition edition = DraftEditions.of(slug, Language.es, Language.en);
      int articles = DraftEditions.read(slug, Language.es).articles().size();

      assertEquals(articles, edition.articles().size(), slug);
      for (ArticlePart article : edition.articles()) {
        assertEquals(
            article.text(Language.es).orElseThrow().number(),
            article.text(Language.en).orElseThrow().number(),
            slug + " " + article.eId());
      }
    }
  }

  @Test
  void divisionHeadingsAreSplitIntoNumberAndTitle() {
    Edition edition = DraftEditions.of("parity", Language.es, Language.en);
    DivisionPart first = (DivisionPart) edition.body().get(0);

    assertEquals(new Heading("Capítulo I", "Disposiciones generales"), first.heading(Language.es));
    assertEquals("Capítulo I. Disposiciones generales", first.heading(Language.es).full());
    assertEquals("Chapter I", first.heading(Language.en).num());
  }

  @Test
  void articlesAreLaidOutAsParagraphsWithTheirItems() {
    Edition edition = DraftEditions.of("parity", Language.es);
    ArticleText second = edition.articles().get(1).text(Language.es).orElseThrow();

    assertEquals("Ámbito de aplicación", second.heading());
    assertEquals(List.of("1.", "2."), second.paragraphs().stream().map(Paragraph::num).toList());
    assertEquals(5, second.paragraphs().get(0).points().size());
    assertEquals("art_2__para_1__point_e", second.paragraphs().get(0).points().get(4).eId());
  }

  @Test
  void thePreambleIsKeptAsItsParagraphs() {
    Edition edition = DraftEditions.of("parity", Language.es);

    assertTrue(edition.preamble(Language.es).size() > 3);
    assertTrue(edition.preamble(Language.es).get(0).startsWith("CONSIDERANDO que la Carta"));
  }
}
