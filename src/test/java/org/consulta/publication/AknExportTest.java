package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

class AknExportTest {
  private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");

  @Test
  void everyShippedDraftExportsAValidDocumentInEachLanguageWithEveryArticle() {
    for (String slug : DraftEditions.SHIPPED) {
      for (Language lang : new Language[] {Language.es, Language.en}) {
        Edition edition = DraftEditions.of(slug, lang);
        String xml = xml(edition);

        int from = 0;
        for (ArticlePart article : edition.articles()) {
          int at = xml.indexOf("<article eId=\"" + article.eId() + "\"", from);
          assertTrue(at > from, slug + " " + lang + " " + article.eId() + " in reading order");
          from = at;
          for (Paragraph paragraph : article.text(lang).orElseThrow().paragraphs()) {
            assertTrue(xml.contains("eId=\"" + paragraph.eId() + "\""), paragraph.eId());
          }
        }
        assertTrue(xml.contains("<FRBRlanguage language=\"" + AknLanguage.code(lang) + "\"/>"));
      }
    }
  }

  @Test
  void aSmallLawMatchesItsGoldenFile() {
    assertEquals(
        new String(AknExamples.bytes("golden/tiny-es.akn.xml"), StandardCharsets.UTF_8),
        xml(TinyLaw.atSecondVersion()));
  }

  @Test
  void theWorkingTextIsAnExpressionOfItsDateWithTheRecordedVersionsBeforeIt() {
    Edition working =
        TinyLaw.edition(
            new EditionVersion(null, null, NOW), List.of(TinyLaw.FIRST, TinyLaw.SECOND));
    String xml = xml(working);

    assertTrue(xml.contains("<act name=\"modelLaw\" contains=\"singleVersion\">"));
    assertTrue(xml.contains("<FRBRuri value=\"" + TinyLaw.WORK + "/spa@2026-06-15\"/>"));
    assertTrue(
        xml.contains(
            "<eventRef eId=\"evt_workingText\" date=\"2026-06-15\" source=\"#consulta\""
                + " refersTo=\"#workingText\" type=\"amendment\"/>"));
    assertTrue(xml.contains("showAs=\"Texto de trabajo\""));
    assertTrue(!xml.contains("<proprietary"), "a working text has no version to restore");
  }

  @Test
  void aWorkingTextBeforeAnyVersionIsTheOriginal() {
    String xml = xml(TinyLaw.edition(new EditionVersion(null, null, NOW), List.of()));

    assertTrue(xml.contains("contains=\"originalVersion\""));
    assertTrue(xml.contains("<FRBRdate date=\"2026-06-15\" name=\"workingText\"/>"));
    assertTrue(xml.contains("refersTo=\"#workingText\" type=\"generation\""));
  }

  @Test
  void charactersXmlCannotCarryBecomeReplacementCharacters() {
    Edition edition =
        new Edition(
            "odd",
            "/akn/oas/act/model-law/2026/odd",
            List.of(Language.en),
            Map.of(Language.en, "Bell\u0007 and \uD800 lone surrogate"),
            Map.of(),
            TinyLaw.FIRST,
            List.of(TinyLaw.FIRST),
            List.of(),
            NOW);

    String xml = xml(edition);

    assertTrue(xml.contains("<docTitle>Bell\uFFFD and \uFFFD lone surrogate</docTitle>"));
    assertTrue(xml.contains("<hcontainer name=\"noProvisions\"/>"), "an empty body stays valid");
  }

  @Test
  void anArticleWithoutTextInTheLanguageIsLeftOut() {
    Edition edition =
        new Edition(
            "gap",
            "/akn/oas/act/model-law/2026/gap",
            List.of(Language.en),
            Map.of(Language.en, "Gap"),
            Map.of(),
            TinyLaw.FIRST,
            List.of(TinyLaw.FIRST),
            List.of(
                new ArticlePart("art_1", Map.of(Language.es, new ArticleText(1, "", List.of())))),
            NOW);

    assertTrue(!xml(edition).contains("art_1"));
  }

  @Test
  void referencesToArticlesOfTheLawAreLinksAndValid() {
    String text =
        "1. Conforme al artículo 9 y al párrafo 2 del artículo 4, salvo el artículo 7 de la Ley"
            + " 19.880.\n\na) según el artículo 12 (suprimido).";
    Edition edition =
        new Edition(
            "refs",
            "/akn/oas/act/model-law/2026/refs",
            List.of(Language.es),
            Map.of(Language.es, "Refs"),
            Map.of(),
            TinyLaw.FIRST,
            List.of(TinyLaw.FIRST),
            List.of(
                new ArticlePart(
                    "art_1",
                    Map.of(
                        Language.es,
                        new ArticleText(
                            1,
                            "",
                            ArticleBody.parse("art_1", text),
                            Map.of(9, "art_10", 4, "art_4", 7, "art_7"))))),
            NOW);

    String xml = xml(edition);

    assertTrue(
        xml.contains(
            "<p>Conforme al <ref href=\"#art_10\">artículo 9</ref> y al <ref"
                + " href=\"#art_4__para_2\">párrafo 2 del artículo 4</ref>, salvo el artículo 7 de"
                + " la Ley 19.880.</p>"),
        xml);
    assertTrue(xml.contains("<p>según el artículo 12 (suprimido).</p>"), "no link when broken");
  }

  @Test
  void aBilingualEditionIsRefusedNamingTheLanguageParameter() {
    Edition edition = DraftEditions.of("parity", Language.es, Language.en);

    DomainException refused = assertThrows(DomainException.class, () -> AknExport.render(edition));

    assertEquals("lang", refused.field());
  }

  static String xml(Edition edition) {
    return new String(AknExport.render(edition), StandardCharsets.UTF_8);
  }
}
