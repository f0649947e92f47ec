package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
  private static final String CODE =
      """
      # CODIGO DE PRUEBA

      Santiago, 11 de Diciembre de 1967.- Hoy se decretó lo que sigue:

      ## TITULO PRELIMINAR

      Artículo 1°.- El Código rige todo.
      Un segundo inciso; véase el
      artículo 5 de la ley N° 16.585.
      Art. 2. Derogado.
      ART. 10 bis.- Se agrega.
      Artículo 5 quáter Ñ.- El trabajador.
      Art. 3o Las disposiciones.
      ARTURO ALESSANDRI R.
      Artículo 2°.- Repetido en una segunda serie.
      Artículo veinte transitorio.- Por única vez.
      Artículo Transitorio. Las personas.
      """;

  @Test
  void cutsAtEveryArticleHeadingAndNamesEachPieceByItsLabel() {
    List<ArticleSplitter.Piece> pieces = ArticleSplitter.split(CODE);
    assertEquals(
        List.of(
            "art_0",
            "art_1",
            "art_2",
            "art_10bis",
            "art_5quatern",
            "art_3",
            "art_2_2",
            "art_veinte_trans",
            "art_trans"),
        pieces.stream().map(ArticleSplitter.Piece::eId).toList());
    assertEquals(
        "Artículo 1°.- El Código rige todo.\nUn segundo inciso; véase el\n"
            + "artículo 5 de la ley N° 16.585.\n",
        pieces.get(1).text());
    assertEquals("Art. 3o Las disposiciones.\nARTURO ALESSANDRI R.\n", pieces.get(5).text());
  }

  @Test
  void thePiecesJoinedAreTheTextExactly() {
    assertEquals(
        CODE,
        ArticleSplitter.split(CODE).stream()
            .map(ArticleSplitter.Piece::text)
            .collect(Collectors.joining()));
  }

  @Test
  void aTextThatOpensWithAnArticleHasAnEmptyPreamble() {
    List<ArticleSplitter.Piece> pieces = ArticleSplitter.split("Art. 1. Uno.\nArt. 2. Dos.");
    assertEquals(
        List.of(
            new ArticleSplitter.Piece("art_0", ""),
            new ArticleSplitter.Piece("art_1", "Art. 1. Uno.\n"),
            new ArticleSplitter.Piece("art_2", "Art. 2. Dos.")),
        pieces);
  }

  @Test
  void referencesAndOtherLinesOpenNoArticle() {
    assertNull(ArticleSplitter.eIdOf("artículo 5 de la ley N° 16.585"));
    assertNull(ArticleSplitter.eIdOf("ARTURO ALESSANDRI R."));
    assertNull(ArticleSplitter.eIdOf("Artículos varios"));
    assertEquals("art_5a", ArticleSplitter.eIdOf("ART. 5 a). Derogado."));
    assertEquals("art_7", ArticleSplitter.eIdOf("Art. 7 A las Municipalidades corresponde"));
  }
}
