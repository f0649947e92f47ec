package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void splitsWordsSpacesAndSymbols() {
    assertEquals(
        List.of("Artículo", " ", "12", ".", "\n\n", "«", "Participación", "»", " ", "—", "x"),
        WordTokenizer.split("Artículo 12.\n\n«Participación» —x"));
  }

  @Test
  void keepsCombiningMarksInTheirWord() {
    assertEquals(
        List.of("cafe\u0301", " ", "n\u0303u"), WordTokenizer.split("cafe\u0301 n\u0303u"));
  }

  @Test
  void keepsEmojiSequencesWhole() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String spain = "\uD83C\uDDEA\uD83C\uDDF8";
    String france = "\uD83C\uDDEB\uD83C\uDDF7";
    String scotland =
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
    String thumbsUpDarkSkin = "\uD83D\uDC4D\uD83C\uDFFF";
    String redHeart = "\u2764\uFE0F";
    assertEquals(
        List.of(family, spain, france, scotland, thumbsUpDarkSkin, redHeart, "ok"),
        WordTokenizer.split(
            family + spain + france + scotland + thumbsUpDarkSkin + redHeart + "ok"));
  }

  @Test
  void keycapStaysWithItsDigit() {
    assertEquals(List.of("1\uFE0F\u20E3", " ", "x"), WordTokenizer.split("1\uFE0F\u20E3 x"));
  }

  @Test
  void trailingJoinerDoesNotSwallowTheSpaceAfterIt() {
    assertEquals(List.of("a", "\u200D", " ", "b"), WordTokenizer.split("a\u200D b"));
  }

  @Test
  void emptyTextHasNoTokens() {
    assertEquals(List.of(), WordTokenizer.split(""));
  }
}
