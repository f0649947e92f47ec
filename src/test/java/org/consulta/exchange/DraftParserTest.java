package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftParserTest {
  private final DraftParser parser = new DraftParser();

  @Test
  void readsFrontMatter() {
    DraftDocument draft = Fixtures.parse("parity/es.md");

    assertEquals("parity", draft.law());
    assertEquals("es", draft.lang());
    assertEquals(
        "Ley Modelo Interamericana sobre Paridad en la Vida Pública y Política", draft.title());
    assertEquals("/akn/oas/act/model-law/2025/parity", draft.work());
    assertEquals("parity", draft.topic());
  }

  @Test
  void keepsPreambleParagraphsAndTheirLineBreaks() {
    DraftDocument draft = Fixtures.parse("parity/es.md");

    assertEquals(
        "CONSIDERANDO que la paridad es un principio democrático;\n\n"
            + "CONSIDERANDO que la igualdad sustantiva exige medidas\n"
            + "de carácter permanente;",
        draft.preamble());
  }

  @Test
  void readsChaptersWithTheirArticlesAndHeadingLines() {
    DraftDocument draft = Fixtures.parse("parity/es.md");

    assertEquals(2, draft.body().size());
    DraftDivision first = assertInstanceOf(DraftDivision.class, draft.body().get(0));
    DraftDivision second = assertInstanceOf(DraftDivision.class, draft.body().get(1));
    assertEquals("chp_1", first.eId());
    assertEquals(DivisionKind.CHAPTER, first.kind());
    assertEquals("Capítulo I. Disposiciones generales", first.heading());
    assertEquals(16, first.line());
    assertEquals(List.of("art_1", "art_2"), eIds(first.children()));
    assertEquals("Capítulo II. Paridad electoral", second.heading());
    assertEquals(List.of("art_3", "art_4"), eIds(second.children()));
  }

  @Test
  void keepsArticleTextVerbatimWithNumberedParagraphsAndLetteredItems() {
    DraftArticle article = Fixtures.parse("parity/es.md").articles().get(1);

    assertEquals("art_2", article.eId());
    assertEquals(2, article.number());
    assertEquals("Definiciones", article.heading());
    assertEquals(22, article.line());
    assertEquals(
        "1. A los efectos de esta Ley:\n\n"
            + "a) «paridad» significa la participación igualitaria de mujeres y hombres;\n\n"
            + "b) «alternancia» significa la sucesión intercalada de candidaturas de distinto"
            + " sexo.\n\n"
            + "2. Las definiciones se interpretan conforme a los tratados interamericanos.",
        article.text());
  }

  @Test
  void listsArticlesInDocumentOrder() {
    List<DraftArticle> articles = Fixtures.parse("parity/en.md").articles();

    assertEquals(List.of("art_1", "art_2", "art_3", "art_4"), eIds(articles));
    assertEquals(List.of(1, 2, 3, 4), articles.stream().map(DraftArticle::number).toList());
    assertEquals("Penalties", articles.get(3).heading());
  }

  @Test
  void readsTitlesChaptersAndSectionsAtMixedDepths() {
    DraftDocument draft = Fixtures.parse("nested/pt.md");

    assertNull(draft.preamble());
    DraftDivision title1 = assertInstanceOf(DraftDivision.class, draft.body().get(0));
    DraftDivision title2 = assertInstanceOf(DraftDivision.class, draft.body().get(1));
    assertEquals(DivisionKind.TITLE, title1.kind());
    assertEquals(List.of("chp_1", "chp_2"), eIds(title1.children()));
    DraftDivision chapter2 = assertInstanceOf(DraftDivision.class, title1.children().get(1));
    DraftDivision section = assertInstanceOf(DraftDivision.class, chapter2.children().get(0));
    assertEquals(DivisionKind.SECTION, section.kind());
    assertEquals(List.of("art_2", "art_3"), eIds(section.children()));
    assertEquals(List.of("art_4"), eIds(title2.children()));
    assertEquals(List.of("art_1", "art_2", "art_3", "art_4"), eIds(draft.articles()));
  }

  @Test
  void collapsesExtraBlankLinesAndDropsTrailingSpaces() {
    String content =
        "---\nlaw: parity\nlang: fr\ntitle: Loi type  \nwork: /akn/x\ntopic: parity\n---\n"
            + "# Chapitre I. Objet {#chp_1}\n\n\n"
            + "## Article 1. Objet {#art_1}\n\n\n"
            + "1. Premier.  \n\n\n\n2. Second.\n\n\n";

    DraftDocument draft = parser.parse("loose.md", content);

    assertEquals("Loi type", draft.title());
    assertEquals("1. Premier.\n\n2. Second.", draft.articles().get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "no-front-matter.md, 1, front matter",
    "unterminated-front-matter.md, 1, never closed",
    "missing-key.md, 6, missing front-matter key 'topic'",
    "unknown-key.md, 7, unknown front-matter key 'author'",
    "duplicate-key.md, 5, duplicate front-matter key 'title'",
    "keys-out-of-order.md, 2, out of order",
    "front-matter-line-without-colon.md, 4, 'key: value'",
    "empty-front-matter-value.md, 4, empty",
    "unknown-language.md, 3, unknown language 'de'",
    "bad-slug.md, 2, slug",
    "heading-without-eid.md, 9, {#eId}",
    "heading-without-text.md, 9, no text",
    "unknown-eid-prefix.md, 9, bad eId 'part_1'",
    "duplicate-eid.md, 15, duplicate eId 'art_1'",
    "article-before-division.md, 9, outside any division",
    "article-under-preamble.md, 13, outside any division",
    "division-nested-too-deep.md, 11, more than one level below",
    "article-nested-too-deep.md, 11, more than one level below",
    "article-heading-wrong-word.md, 11, 'Artículo <n>. <heading>'",
    "article-heading-without-number.md, 11, 'Artículo <n>. <heading>'",
    "article-out-of-sequence.md, 15, out of sequence",
    "empty-article.md, 11, no text",
    "text-before-first-heading.md, 9, before the first heading",
    "text-under-division.md, 11, division chp_1",
    "hash-line-not-heading.md, 15, not a valid heading",
    "five-hashes.md, 15, not a valid heading",
    "preamble-not-first.md, 15, first heading",
    "preamble-heading-word.md, 9, Preámbulo",
    "no-articles.md, 9, no articles",
  })
  void reportsFileLineAndProblem(String fixture, int line, String problem) {
    String fileName = "malformed/" + fixture;
    String content = Fixtures.read(fileName);

    DraftFormatException e =
        assertThrows(DraftFormatException.class, () -> parser.parse(fileName, content));

    assertEquals(fileName, e.fileName());
    assertEquals(line, e.line());
    assertTrue(e.problem().contains(problem), () -> "problem was: " + e.problem());
  }

  @Test
  void messageLeadsWithFileAndLine() {
    DraftFormatException e =
        assertThrows(
            DraftFormatException.class,
            () -> parser.parse("parity/es.md", Fixtures.read("malformed/unknown-language.md")));

    assertEquals("parity/es.md:3: " + e.problem(), e.getMessage());
  }

  private static List<String> eIds(List<? extends DraftNode> nodes) {
    return nodes.stream().map(DraftNode::eId).toList();
  }
}
