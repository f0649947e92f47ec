package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CompressedTextTest {
  private static final String ARTICLE =
      "Artículo 12.- El empleador deberá pagar la remuneración convenida en el contrato de"
          + " trabajo, en los plazos que señala el artículo 44, y no podrá descontar de ella sino"
          + " lo que autoricen las leyes. El trabajador tendrá derecho a que se le entregue un"
          + " comprobante de pago con indicación del monto pagado y de los descuentos efectuados.";

  @Test
  void everyTextComesBackExactly() {
    var random = new Random(7);
    for (String text :
        new String[] {"", "a", "ñ", ARTICLE, ARTICLE.repeat(40), "emoji 😀 and \u0000 nul"}) {
      assertEquals(text, CompressedText.decode(CompressedText.encode(text)));
    }
    for (int i = 0; i < 200; i++) {
      var chars = new StringBuilder();
      int length = random.nextInt(3000);
      for (int c = 0; c < length; c++) {
        chars.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x3000) : 'a' + c % 7);
      }
      String text = chars.toString();
      assertEquals(text, CompressedText.decode(CompressedText.encode(text)));
    }
  }

  @Test
  void anArticleTakesLessThanTwoThirdsOfItsText() {
    int utf8 = ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(CompressedText.encode(ARTICLE).length < utf8 * 2 / 3);
  }

  @Test
  void aTextThatDeflateCannotShrinkIsKeptRawWithOneByteMore() {
    assertEquals(2, CompressedText.encode("a").length);
    assertEquals(1, CompressedText.encode("").length);
  }

  @Test
  void aDamagedTextIsRefused() {
    byte[] stored = CompressedText.encode(ARTICLE);
    byte[] cut = java.util.Arrays.copyOf(stored, stored.length / 2);
    assertThrows(IllegalArgumentException.class, () -> CompressedText.decode(cut));
    assertThrows(IllegalArgumentException.class, () -> CompressedText.decode(new byte[] {9, 1}));
  }

  @Test
  void anAmendmentStoredAgainstTheTextItAmendsComesBackExactlyAndSmall() {
    String amended = ARTICLE.replace("en los plazos que señala el artículo 44", "cada mes");
    byte[] whole = CompressedText.encode(amended);
    byte[] against = CompressedText.encode(amended, ARTICLE, whole).orElseThrow();
    assertEquals(amended, CompressedText.decode(against, ARTICLE));
    assertTrue(against.length * 4 < whole.length, against.length + " of " + whole.length);
  }

  @Test
  void aTextUnlikeItsBaseIsStoredWhole() {
    String other =
        "Artículo 1.- Esta ley regula el agua potable y su distribución en zonas rurales.";
    assertTrue(CompressedText.encode(other, ARTICLE, CompressedText.encode(other)).isEmpty());
  }

  @Test
  void aTextStoredAgainstABaseIsNotReadWithoutIt() {
    byte[] against =
        CompressedText.encode(ARTICLE, ARTICLE, CompressedText.encode(ARTICLE)).orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> CompressedText.decode(against));
    assertThrows(
        IllegalArgumentException.class,
        () -> CompressedText.decode(CompressedText.encode(ARTICLE), ARTICLE));
  }

  @Test
  void everyTextStoredAgainstABaseComesBackExactly() {
    var random = new Random(11);
    int against = 0;
    for (int i = 0; i < 300; i++) {
      String base = ARTICLE.repeat(1 + random.nextInt(60));
      var text = new StringBuilder(base);
      for (int edit = random.nextInt(20); edit >= 0; edit--) {
        int at = random.nextInt(text.length());
        text.replace(at, Math.min(text.length(), at + random.nextInt(40)), "ñ€" + edit);
      }
      String amended = text.toString();
      var stored = CompressedText.encode(amended, base, CompressedText.encode(amended));
      if (stored.isPresent()) {
        against++;
        assertEquals(amended, CompressedText.decode(stored.get(), base));
      }
    }
    assertTrue(against > 250, against + " of 300 stored against their base");
  }
}
