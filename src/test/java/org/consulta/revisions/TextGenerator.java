package org.consulta.revisions;

import java.util.List;
import java.util.Random;

/** Random multilingual text and random edits for property tests. */
final class TextGenerator {

  private static final List<String> PIECES =
      List.of(
          "ley",
          "artículo",
          "participación",
          "Zürich",
          "naïve",
          "cafe\u0301", // combining acute accent
          "ñandú",
          "日本語",
          "\uD835\uDC00\uD835\uDC01", // mathematical bold A and B: letters outside the BMP
          "2024",
          "x",
          " ",
          " ",
          " ",
          "  ",
          "\n",
          "\n\n",
          "\u00A0", // no-break space
          ".",
          ",",
          ";",
          "—",
          "«",
          "»",
          "(",
          ")",
          "\uD83D\uDE00", // grinning face
          "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up, medium skin tone
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // family ZWJ sequence
          "\uD83C\uDDEA\uD83C\uDDF8", // flag of Spain
          "\u2764\uFE0F"); // red heart with emoji presentation selector

  private TextGenerator() {}

  static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  /** Inserts, deletes or replaces at random code point positions, often inside words. */
  static String randomlyEdited(Random random, String text, int edits) {
    String edited = text;
    for (int i = 0; i < edits; i++) {
      int[] codePoints = edited.codePoints().toArray();
      int start = random.nextInt(codePoints.length + 1);
      int end = Math.min(codePoints.length, start + random.nextInt(4));
      String replacement = random.nextBoolean() ? "" : randomText(random, 1 + random.nextInt(3));
      if (start == end && replacement.isEmpty()) {
        replacement = randomText(random, 1);
      }
      edited =
          new String(codePoints, 0, start)
              + replacement
              + new String(codePoints, end, codePoints.length - end);
    }
    return edited;
  }
}
