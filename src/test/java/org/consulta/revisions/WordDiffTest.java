package org.consulta.revisions;

import static org.consulta.revisions.DiffOp.Kind.DELETE;
import static org.consulta.revisions.DiffOp.Kind.EQUAL;
import static org.consulta.revisions.DiffOp.Kind.INSERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static DiffOp equal(String text) {
    return new DiffOp(EQUAL, text);
  }

  private static DiffOp delete(String text) {
    return new DiffOp(DELETE, text);
  }

  private static DiffOp insert(String text) {
    return new DiffOp(INSERT, text);
  }

  @Test
  void replacesWholeWords() {
    assertEquals(
        List.of(equal("The fee is "), delete("ten"), insert("twelve"), equal(" euros.")),
        WordDiff.between("The fee is ten euros.", "The fee is twelve euros."));
  }

  @Test
  void keepsWordWholeWhenCharacterOverlapWouldSplitIt() {
    // diff_cleanupSemantic alone turns this into del "ca", equal "ts", ins "unami".
    assertEquals(
        List.of(equal("the "), delete("cats"), insert("tsunami"), equal(" ran")),
        WordDiff.between("the cats ran", "the tsunami ran"));
  }

  @Test
  void reportsSingleLetterChangeAsWholeWordChange() {
    assertEquals(
        List.of(equal("Los "), delete("Estados"), insert("Estadas"), equal(" Parte")),
        WordDiff.between("Los Estados Parte", "Los Estadas Parte"));
  }

  @Test
  void treatsAccentedWordsAsOneWord() {
    assertEquals(
        List.of(equal("la "), delete("participación"), insert("participacion"), equal(" pública")),
        WordDiff.between("la participación pública", "la participacion pública"));
  }

  @Test
  void keepsCombiningMarkWithItsLetter() {
    // "café" spelt with a combining acute accent versus without it.
    assertEquals(
        List.of(equal("un "), delete("cafe\u0301"), insert("cafe"), equal(" solo")),
        WordDiff.between("un cafe\u0301 solo", "un cafe solo"));
  }

  @Test
  void neverSplitsEmojiSequences() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man, woman, girl
    String otherFamily = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC66"; // man, woman, boy
    assertEquals(
        List.of(equal("a "), delete(family), insert(otherFamily), equal(" b")),
        WordDiff.between("a " + family + " b", "a " + otherFamily + " b"));

    String spain = "\uD83C\uDDEA\uD83C\uDDF8";
    String europe = "\uD83C\uDDEA\uD83C\uDDFA"; // shares its first regional indicator with spain
    assertEquals(
        List.of(equal("flag "), delete(spain), insert(europe)),
        WordDiff.between("flag " + spain, "flag " + europe));

    String thumbsUp = "\uD83D\uDC4D";
    String thumbsUpMediumSkin = "\uD83D\uDC4D\uD83C\uDFFD";
    assertEquals(
        List.of(equal("ok "), delete(thumbsUp), insert(thumbsUpMediumSkin)),
        WordDiff.between("ok " + thumbsUp, "ok " + thumbsUpMediumSkin));
  }

  @Test
  void diffsSupplementaryEmojiThatShareSurrogates() {
    // Both emoji start with the high surrogate \uD83D; a char-level diff would keep it as equal.
    assertEquals(
        List.of(delete("\uD83D\uDE00"), insert("\uD83D\uDE01")),
        WordDiff.between("\uD83D\uDE00", "\uD83D\uDE01"));
  }

  @Test
  void handlesEmptyTexts() {
    assertEquals(List.of(), WordDiff.between("", ""));
    assertEquals(List.of(insert("Hola mundo")), WordDiff.between("", "Hola mundo"));
    assertEquals(List.of(delete("Hola mundo")), WordDiff.between("Hola mundo", ""));
    assertEquals(List.of(equal("same")), WordDiff.between("same", "same"));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> WordDiff.between(null, "a"));
    assertThrows(NullPointerException.class, () -> WordDiff.between("a", null));
  }

  @Test
  void fallsBackToLinesWhenDistinctWordsExceedEncodingSpace() {
    // 70,000 distinct words cannot each get a char of their own.
    String before = numberedWords(70_000, 10);
    String after = before;
    for (int i = 7; i < 70_000; i += 1000) {
      after = after.replace(" w" + i + " ", " changed" + i + " ");
    }
    List<DiffOp> ops = WordDiff.between(before, after);

    assertReconstructs(before, after, ops);
    assertBoundariesOutsideWords(before, after, ops);
    // Changed lines are re-diffed word by word.
    List<String> deleted =
        ops.stream().filter(op -> op.kind() == DELETE).map(DiffOp::text).toList();
    assertEquals(70, deleted.size());
    assertTrue(deleted.stream().allMatch(word -> word.matches("w\\d+")), deleted.toString());
  }

  @Test
  void fallsBackToCharactersWhenThereAreNoLinesToSplitOn() {
    String before = numberedWords(70_000, Integer.MAX_VALUE);
    String after = before.replace(" w31234 ", " w31235x ");
    List<DiffOp> ops = WordDiff.between(before, after);

    assertReconstructs(before, after, ops);
    assertBoundariesOutsideWords(before, after, ops);
    assertEquals("w31234", textOf(ops, DELETE));
    assertEquals("w31235x", textOf(ops, INSERT));
  }

  @Test
  void edgesGroupDeleteAndInsertIntoOneHunkInBeforeCoordinates() {
    List<DiffOp> ops =
        List.of(
            insert("Preamble. "),
            equal("The fee is "),
            delete("ten"),
            insert("twelve"),
            equal(" euros"),
            delete(" per month"),
            equal("."),
            insert(" Done."));
    assertEquals(
        List.of(
            new TextEdit(0, 0, "Preamble. "),
            new TextEdit(11, 14, "twelve"),
            new TextEdit(20, 30, ""),
            new TextEdit(31, 31, " Done.")),
        WordDiff.edits(ops));
  }

  @Test
  void editsOfIdenticalTextsAreEmpty() {
    assertEquals(List.of(), WordDiff.edits(WordDiff.between("a b c", "a b c")));
  }

  @Test
  void editsRebuildTheAfterText() {
    String before = "Los Estados Parte garantizarán la participación de la sociedad civil.";
    String after = "Los Estados garantizarán la participación efectiva de toda la sociedad.";
    assertEquals(after, apply(before, WordDiff.edits(WordDiff.between(before, after))));
  }

  @Test
  void inverseTurnsTheAfterTextBackIntoTheBeforeText() {
    String before = "Los Estados Parte garantizarán la participación de la sociedad civil.";
    String after = "Los Estados garantizarán la participación efectiva de toda la sociedad.";
    List<DiffOp> inverse = WordDiff.inverse(WordDiff.between(before, after));

    assertReconstructs(after, before, inverse);
    assertEquals(before, apply(after, WordDiff.edits(inverse)));
  }

  /** Property: for random edits, even ones landing inside words, ops stay word-aligned. */
  @Test
  void opBoundariesNeverFallInsideWords() {
    Random random = new Random(20240611L);
    for (int round = 0; round < 600; round++) {
      String before = TextGenerator.randomText(random, 1 + random.nextInt(60));
      String after = TextGenerator.randomlyEdited(random, before, 1 + random.nextInt(6));
      List<DiffOp> ops = WordDiff.between(before, after);
      String context = "before=" + escape(before) + " after=" + escape(after) + " ops=" + ops;

      assertReconstructs(before, after, ops);
      assertBoundariesOutsideWords(before, after, ops);
      for (int i = 1; i < ops.size(); i++) {
        assertNotEquals(ops.get(i - 1).kind(), ops.get(i).kind(), context);
      }
      assertTrue(ops.stream().noneMatch(op -> op.text().isEmpty()), context);
      assertEquals(after, apply(before, WordDiff.edits(ops)), context);
    }
  }

  static void assertReconstructs(String before, String after, List<DiffOp> ops) {
    assertEquals(before, textOf(ops, EQUAL, DELETE));
    assertEquals(after, textOf(ops, EQUAL, INSERT));
  }

  /** Checks both texts at every op boundary, independently of the tokenizer. */
  static void assertBoundariesOutsideWords(String before, String after, List<DiffOp> ops) {
    int inBefore = 0;
    int inAfter = 0;
    for (DiffOp op : ops) {
      assertNotInsideWord(before, inBefore, ops);
      assertNotInsideWord(after, inAfter, ops);
      if (op.kind() != INSERT) {
        inBefore += op.text().length();
      }
      if (op.kind() != DELETE) {
        inAfter += op.text().length();
      }
    }
  }

  private static void assertNotInsideWord(String text, int position, List<DiffOp> ops) {
    if (position == 0 || position == text.length()) {
      return;
    }
    String where = "at " + position + " of " + escape(text) + " ops=" + ops;
    assertFalse(
        Character.isSurrogatePair(text.charAt(position - 1), text.charAt(position)),
        "splits a surrogate pair " + where);
    int left = text.codePointBefore(position);
    int right = text.codePointAt(position);
    assertFalse(isMark(right) && !Character.isWhitespace(left), "splits off a mark " + where);
    assertFalse(
        endsWord(text, position) && (Character.isLetterOrDigit(right) || isMark(right)),
        "splits a word " + where);
  }

  /**
   * Whether a word ends at position: marks belong to the letter, symbol or space before them, so
   * "❤\uFE0F" followed by a letter is a symbol then a word, while "e\u0301" is part of a word.
   */
  private static boolean endsWord(String text, int position) {
    int i = position;
    while (i > 0 && isMark(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    if (i == 0 || Character.isWhitespace(text.codePointBefore(i))) {
      return i < position; // marks with nothing to attach to form a word of their own
    }
    return Character.isLetterOrDigit(text.codePointBefore(i));
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static String textOf(List<DiffOp> ops, DiffOp.Kind... kinds) {
    List<DiffOp.Kind> wanted = List.of(kinds);
    return ops.stream()
        .filter(op -> wanted.contains(op.kind()))
        .map(DiffOp::text)
        .collect(Collectors.joining());
  }

  static String apply(String before, List<TextEdit> edits) {
    StringBuilder result = new StringBuilder(before);
    for (int i = edits.size() - 1; i >= 0; i--) {
      TextEdit edit = edits.get(i);
      result.replace(edit.start(), edit.end(), edit.replacement());
    }
    return result.toString();
  }

  private static String numberedWords(int count, int wordsPerLine) {
    return IntStream.range(0, count)
        .mapToObj(i -> "w" + i + ((i + 1) % wordsPerLine == 0 ? "\n" : " "))
        .collect(Collectors.joining());
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80 && cp >= 0x20) {
                escaped.appendCodePoint(cp);
              } else {
                escaped.append(String.format("\\u{%X}", cp));
              }
            });
    return escaped.toString();
  }
}
