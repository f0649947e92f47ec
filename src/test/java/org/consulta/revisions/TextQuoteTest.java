package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextQuoteTest {

  private static final String TEXT =
      "Artículo 1. El Consejo garantizará la paridad de género en la composición de sus órganos.";

  @Test
  void takesUpTo32CharsOfContextEachSide() {
    int start = TEXT.indexOf("la paridad");
    TextQuote quote = TextQuote.of(TEXT, start, start + "la paridad de género".length());

    assertEquals("la paridad de género", quote.quote());
    assertEquals("ículo 1. El Consejo garantizará ", quote.prefix());
    assertEquals(" en la composición de sus órgano", quote.suffix());
  }

  @Test
  void contextStopsAtTheEdgesOfTheText() {
    TextQuote quote = TextQuote.of("Artículo 1. Objeto.", 0, 10);
    assertEquals(new TextQuote("Artículo 1", "", ". Objeto."), quote);
  }

  @Test
  void contextNeverCutsACharacterInTwo() {
    String emoji = "\uD83D\uDCB6";
    // 31 chars then an emoji: 32 chars of prefix would start on its low half.
    String text = emoji + "a".repeat(31) + "X" + "b".repeat(31) + emoji;
    int start = 2 + 31;

    TextQuote quote = TextQuote.of(text, start, start + 1);

    assertEquals("a".repeat(31), quote.prefix());
    assertEquals("b".repeat(31), quote.suffix());
  }

  @Test
  void sharedContextCountsMatchingCharsOutwardsFromTheQuote() {
    TextQuote original = new TextQuote("paridad", "garantizará la ", " en el Consejo");
    assertEquals(
        " la ".length() + " en ".length(),
        original.sharedContext(new TextQuote("paridad", "exige la ", " en los comités")));
    assertEquals(0, original.sharedContext(new TextQuote("paridad", "", ".")));
  }

  @Test
  void rejectsRangesOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class, () -> TextQuote.of("abc", 2, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> TextQuote.of("abc", 2, 1));
  }
}
