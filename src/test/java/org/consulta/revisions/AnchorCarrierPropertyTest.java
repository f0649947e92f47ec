package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorCarrierPropertyTest {

  /** Passages whose words the random text never contains, so the diff can only align them. */
  private static final List<String> PASSAGES =
      List.of(
          "Paridad de género \uD83D\uDE42 en los órganos",
          "Estados Parte garantizarán",
          "Zona \uD83D\uDC4D\uD83C\uDFFD de bajas emisiones",
          "cuota \uD83D\uDCB6 anual",
          "Información");

  @Test
  void editsAwayFromThePassageKeepItExact() {
    Random random = new Random(20250301L);
    for (int round = 0; round < 500; round++) {
      String quote = PASSAGES.get(random.nextInt(PASSAGES.size()));
      String head = TextGenerator.randomText(random, random.nextInt(30));
      String tail = TextGenerator.randomText(random, random.nextInt(30));
      // Unchanged text either side keeps the random edits from reaching the passage's edges.
      String leftMargin = " " + TextGenerator.randomText(random, 1 + random.nextInt(3)) + " ";
      String rightMargin = " " + TextGenerator.randomText(random, 1 + random.nextInt(3)) + " ";
      String editedHead = edited(random, head);
      String before = head + leftMargin + quote + rightMargin + tail;
      String after = editedHead + leftMargin + quote + rightMargin + edited(random, tail);
      int start = head.length() + leftMargin.length();
      int shiftedStart = editedHead.length() + leftMargin.length();

      CarriedPassage carried =
          AnchorCarrier.carry(before, after, new Passage(start, start + quote.length()));

      assertEquals(
          CarriedPassage.at(
              AnchorState.EXACT, new Passage(shiftedStart, shiftedStart + quote.length())),
          carried,
          "before=" + before + " after=" + after);
    }
  }

  @Test
  void carriedPassagesStayWithinTheRevisedText() {
    Random random = new Random(7L);
    for (int round = 0; round < 1500; round++) {
      String before = TextGenerator.randomText(random, 2 + random.nextInt(40));
      String after = TextGenerator.randomlyEdited(random, before, 1 + random.nextInt(5));
      assertCarriedWithin(before, after, randomPassage(random, before));
    }
  }

  @Test
  void passagesOutsideTheEditedRangeAreCarriedExactlyAsTheyWereOrShifted() {
    Random random = new Random(25L);
    int before = 0;
    int after = 0;
    for (int round = 0; round < 1500; round++) {
      String text = TextGenerator.randomText(random, 2 + random.nextInt(40));
      String revised = TextGenerator.randomlyEdited(random, text, 1 + random.nextInt(3));
      var carrier = AnchorCarrier.between(text, revised);
      var edited = carrier.edited();
      assertEquals(text.equals(revised), edited.isEmpty(), text + " -> " + revised);
      if (edited.isEmpty()) {
        continue;
      }
      int shift = revised.length() - text.length();
      for (int i = 0; i < 10; i++) {
        Passage passage = randomPassage(random, text);
        CarriedPassage carried = carrier.carry(passage);
        if (passage.end() <= edited.get().start()) {
          assertEquals(CarriedPassage.at(AnchorState.EXACT, passage), carried);
          before++;
        } else if (passage.start() >= edited.get().end()) {
          assertEquals(
              CarriedPassage.at(
                  AnchorState.EXACT, new Passage(passage.start() + shift, passage.end() + shift)),
              carried,
              text + " -> " + revised + " " + passage);
          after++;
        }
      }
    }
    assertTrue(before > 500 && after > 500, before + " before, " + after + " after");
  }

  @Test
  void movedAndEditedTextStaysWithinTheRevisedText() {
    Random random = new Random(11L);
    for (int round = 0; round < 1500; round++) {
      // Words the random text lacks, so the diff moves the passage rather than aligning it.
      String moving = legalWords(random, 2 + random.nextInt(12));
      String staying = TextGenerator.randomText(random, 10 + random.nextInt(30));
      String moved = TextGenerator.randomlyEdited(random, moving, random.nextInt(3));
      if (random.nextBoolean()) { // cut short at the end of the text
        moved = moved.substring(0, randomPassage(random, moved).end());
      }
      assertCarriedWithin(moving + staying, staying + moved, randomPassage(random, moving));
    }
  }

  private static void assertCarriedWithin(String before, String after, Passage passage) {
    CarriedPassage carried = AnchorCarrier.carry(before, after, passage);
    String context = "before=" + before + " after=" + after + " passage=" + passage;
    if (carried.passage().isEmpty()) {
      return;
    }
    Passage landed = carried.passage().get();
    assertTrue(landed.end() <= after.length(), context + " landed=" + landed);
    assertFalse(Passage.splitsSurrogatePair(after, landed.start()), context);
    assertFalse(Passage.splitsSurrogatePair(after, landed.end()), context);
    if (carried.state() == AnchorState.EXACT || carried.state() == AnchorState.MOVED) {
      assertEquals(passage.in(before), landed.in(after), context);
    }
  }

  /** A non-empty range of whole code points. */
  private static Passage randomPassage(Random random, String text) {
    int codePoints = text.codePointCount(0, text.length());
    int first = random.nextInt(codePoints);
    int last = first + 1 + random.nextInt(codePoints - first);
    return new Passage(text.offsetByCodePoints(0, first), text.offsetByCodePoints(0, last));
  }

  private static String legalWords(Random random, int count) {
    List<String> words =
        List.of(
            "Consejo",
            "garantizará",
            "paridad",
            "género",
            "órganos",
            "composición",
            "Estados",
            "\uD83D\uDCB6", // euro banknote
            "\uD835\uDFCF"); // mathematical bold digit one
    StringBuilder text = new StringBuilder(words.get(random.nextInt(words.size())));
    for (int i = 1; i < count; i++) {
      text.append(' ').append(words.get(random.nextInt(words.size())));
    }
    return text.toString();
  }

  private static String edited(Random random, String text) {
    return text.isEmpty()
        ? text
        : TextGenerator.randomlyEdited(random, text, 1 + random.nextInt(3));
  }
}
