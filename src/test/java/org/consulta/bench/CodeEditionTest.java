package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.publication.ArticlePart;
import org.consulta.publication.ArticleText;
import org.consulta.publication.Comparison;
import org.consulta.publication.ComparisonBuilder;
import org.consulta.publication.ComparisonSummary;
import org.consulta.publication.DivisionPart;
import org.consulta.publication.Edition;
import org.consulta.publication.EditionVersion;
import org.consulta.publication.Paragraph;
import org.consulta.publication.Part;
import org.consulta.publication.Unchanged;
import org.junit.jupiter.api.Test;

class CodeEditionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  @Test
  void theTitleAndTheLinesBeforeTheFirstHeadingAreTheTitleAndPreamble() throws IOException {
    Edition edition = edition(1);

    assertEquals("CODIGO DE PRUEBA", edition.title(Language.es));
    assertEquals(
        List.of(
            "Santiago, 2 de marzo de 2026.",
            "Teniendo presente:",
            "Fíjase el siguiente texto del Código de Prueba:"),
        edition.preamble(Language.es));
  }

  @Test
  void headingsOpenDivisionsNestedByTheirLevelAndNamedByTheirNumber() throws IOException {
    List<Part> body = edition(1).body();

    assertEquals(
        List.of("title_titulo_preliminar", "title_libro_i", "title_articulos_transitorios"),
        body.stream().map(Part::eId).toList());
    DivisionPart book = (DivisionPart) body.get(1);
    assertEquals(DivisionKind.TITLE, book.kind());
    assertEquals("LIBRO I. DE LAS PERSONAS", book.heading(Language.es).full());
    DivisionPart title = (DivisionPart) book.children().get(0);
    assertEquals("title_libro_i__chp_titulo_i", title.eId());
    assertEquals(DivisionKind.CHAPTER, title.kind());
    assertEquals("Título I", title.heading(Language.es).full());
    DivisionPart chapter = (DivisionPart) title.children().get(0);
    assertEquals(DivisionKind.SECTION, chapter.kind());
    assertEquals("Capítulo I. DE LOS CONTRATOS DE PRUEBA", chapter.heading(Language.es).full());
    assertEquals(List.of("art_3", "art_4"), chapter.children().stream().map(Part::eId).toList());
    DivisionPart paragraph =
        (DivisionPart) ((DivisionPart) title.children().get(1)).children().get(0);
    assertEquals("title_libro_i__chp_titulo_i__sec_capitulo_ii__sec_parrafo_1", paragraph.eId());
    assertEquals("Párrafo 1º. Plazos de días", paragraph.heading(Language.es).full());
    assertEquals(List.of("art_5"), paragraph.children().stream().map(Part::eId).toList());
  }

  @Test
  void articlesAreNumberedByPlaceWithOneParagraphPerLineAndNoHeadingOfTheNextDivision()
      throws IOException {
    List<ArticlePart> articles = edition(1).articles();

    assertEquals(
        List.of("art_1", "art_2", "art_3", "art_4", "art_5", "art_primero_trans"),
        articles.stream().map(ArticlePart::eId).toList());
    List<Integer> numbers = new ArrayList<>();
    articles.forEach(a -> numbers.add(text(a).number()));
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers);
    assertEquals("Art. 4. Derogado.", text(articles.get(3)).plain());
    ArticleText third = text(articles.get(2));
    assertEquals(
        List.of(
            "Art. 3. Son contratos de prueba los siguientes:",
            "NOTA:",
            "El artículo 5 de la ley 1 interpreta este inciso."),
        third.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(2, third.paragraphs().get(0).points().size());
    assertEquals(
        "Artículo 1.o Este Código rige las pruebas.\n\nUn segundo inciso.",
        text(articles.get(0)).plain());
  }

  @Test
  void twoVersionsCompareByArticleWithoutMovingArticlesOfARetitledDivision() throws IOException {
    Comparison comparison = ComparisonBuilder.between(edition(1), edition(2), Unchanged.FOLD);

    // art_2 changed, art_4 deleted, art_5bis added, art_5 renumbered (5 to 4) under a chapter
    // whose title changed but whose number did not.
    assertEquals(new ComparisonSummary(1, 1, 1, 0, 1, 3), comparison.summary());
  }

  private static ArticleText text(ArticlePart article) {
    return article.text(Language.es).orElseThrow();
  }

  private static Edition edition(int number) throws IOException {
    String text;
    try (InputStream in =
        CodeEditionTest.class.getResourceAsStream("/bench/codigo-de-prueba-" + number + ".md")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var version = new HistoryFile.Version(number, "c0ffee" + number, "2026-03-0" + number, text);
    EditionVersion stamp = CodeEdition.stamp(version);
    return CodeEdition.of("codigo-de-prueba", version, List.of(stamp), NOW);
  }
}
