package org.consulta.crossrefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRecogniserTest {

  /** What a test checks of a reference: the linked phrase, the article and the paragraph. */
  private record Seen(String phrase, String number, int article, Integer paragraph) {}

  private static List<Seen> seen(String text) {
    return ReferenceRecogniser.in(text).stream()
        .map(
            r ->
                new Seen(
                    text.substring(r.start(), r.end()),
                    text.substring(r.numberStart(), r.numberEnd()),
                    r.article(),
                    r.paragraph()))
        .toList();
  }

  @Test
  void spanishArticle() {
    assertEquals(
        List.of(new Seen("artículo 9", "9", 9, null)),
        seen("el órgano electoral aplicará las reglas previstas en el artículo 9."));
  }

  @Test
  void englishArticle() {
    assertEquals(
        List.of(new Seen("Article 9", "9", 9, null)),
        seen("the rules on composition laid down in Article 9."));
  }

  @Test
  void capitalisedAndUnaccented() {
    assertEquals(List.of(new Seen("Articulo 21", "21", 21, null)), seen("Ver Articulo 21;"));
  }

  @Test
  void spanishRange() {
    assertEquals(
        List.of(new Seen("artículos 5", "5", 5, null), new Seen("7", "7", 7, null)),
        seen("Lo dispuesto en los artículos 5 a 7 se aplica."));
  }

  @Test
  void englishRange() {
    assertEquals(
        List.of(new Seen("articles 5", "5", 5, null), new Seen("7", "7", 7, null)),
        seen("as provided in articles 5 to 7."));
  }

  @Test
  void spanishList() {
    assertEquals(
        List.of(
            new Seen("artículos 5", "5", 5, null),
            new Seen("6", "6", 6, null),
            new Seen("8", "8", 8, null)),
        seen("conforme a los artículos 5, 6 y 8."));
  }

  @Test
  void englishListWithOxfordComma() {
    assertEquals(
        List.of(
            new Seen("Articles 5", "5", 5, null),
            new Seen("6", "6", 6, null),
            new Seen("8", "8", 8, null)),
        seen("under Articles 5, 6, and 8."));
  }

  @Test
  void paragraphBeforeArticle() {
    assertEquals(
        List.of(new Seen("párrafo 2 del artículo 12", "12", 12, 2)),
        seen("según el párrafo 2 del artículo 12."));
    assertEquals(
        List.of(new Seen("paragraph 2 of Article 12", "12", 12, 2)),
        seen("under paragraph 2 of Article 12."));
  }

  @Test
  void paragraphInBrackets() {
    assertEquals(
        List.of(new Seen("article 12(2)", "12", 12, 2)), seen("as article 12(2) provides"));
    assertEquals(
        List.of(new Seen("Article 3(1)", "3", 3, 1)),
        seen("the conduct described in Article 3(1)(e) in such a way"));
  }

  @Test
  void paragraphAfterComma() {
    assertEquals(
        List.of(new Seen("artículo 12, párrafo 2", "12", 12, 2)),
        seen("lo previsto en el artículo 12, párrafo 2, de esta Ley"));
    assertEquals(
        List.of(new Seen("artículo 3, párrafo 1", "3", 3, 1)),
        seen("las conductas descritas en el artículo 3, párrafo 1, literal e), de modo que"));
  }

  @Test
  void thisLawIsStillTheSameLaw() {
    assertEquals(
        List.of(new Seen("artículo 9", "9", 9, null)), seen("el artículo 9 de la presente Ley"));
    assertEquals(List.of(new Seen("Article 9", "9", 9, null)), seen("Article 9 of this Law"));
  }

  @Test
  void anotherLawIsNoReference() {
    assertTrue(seen("conforme al artículo 9 de la Ley 19.880").isEmpty());
    assertTrue(seen("conforme al artículo 9 de la ley 19.880").isEmpty());
    assertTrue(seen("as required by article 9 of the Convention").isEmpty());
    assertTrue(seen("el artículo 4 de la Convención de Belém do Pará").isEmpty());
    assertTrue(seen("conforme a los artículos 7 y 8 de dicha Convención.").isEmpty());
    assertTrue(seen("under Articles 7 and 8 of that Convention.").isEmpty());
    assertTrue(seen("in accordance with Article 7 of the Belém do Pará Convention.").isEmpty());
    assertTrue(seen("el párrafo 2 del artículo 12 del Código Electoral").isEmpty());
    assertTrue(seen("article 12(2) of the Covenant").isEmpty());
  }

  @Test
  void noNumberNoReference() {
    assertTrue(seen("Las sanciones previstas en este artículo se impondrán.").isEmpty());
    assertTrue(seen("The penalties under this Article shall be imposed.").isEmpty());
    assertTrue(seen("la regla del párrafo 1.").isEmpty());
    assertTrue(seen("articled clerks 9").isEmpty());
  }

  @Test
  void severalInOneText() {
    List<Seen> found =
        seen(
            "mediante una notificación presentada conforme al artículo 11 o una orden, no los"
                + " retiren dentro de los plazos previstos en el artículo 12.");
    assertEquals(
        List.of(new Seen("artículo 11", "11", 11, null), new Seen("artículo 12", "12", 12, null)),
        found);
  }

  @Test
  void anArticlesOwnLabelIsNoReference() {
    assertTrue(seen("Artículo 12°.- El Código rige todas las cuestiones.").isEmpty());
    assertTrue(seen("  ARTICULO 3.- Corresponde al Servicio.").isEmpty());
    assertTrue(seen("Article 4. The State shall ensure parity.").isEmpty());
    assertEquals(
        List.of(new Seen("artículo 7", "7", 7, null)),
        seen("Artículo 8°.- Lo dispuesto en el artículo 7 rige también."));
    assertEquals(
        List.of(new Seen("Artículo 7", "7", 7, null)),
        seen("Artículo 7 establece las reglas del presente capítulo."));
  }

  @Test
  void anArticleWithALatinSuffixIsLeftAsWritten() {
    assertTrue(seen("conforme al artículo 10 bis, inciso segundo").isEmpty());
    assertTrue(seen("under Article 2 ter of this Law").isEmpty());
    assertEquals(
        List.of(new Seen("artículo 10", "10", 10, null)),
        seen("conforme al artículo 10, bisagra aparte"));
  }
}
