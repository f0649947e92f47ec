package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RedraftTest {
  private static final String ARTICLE =
      "1. Cada partido postulará mujeres, en al menos la mitad de los distritos, según la ley."
          + "\n\n2. El órgano electoral verificará las listas.\n\n3. Esta regla rige desde ya.";

  @Test
  void insertsAWholeSentenceAfterAFullStopOrAtTheEndOfAParagraph() {
    String edited = Redraft.INSERT_SENTENCE.apply(ARTICLE, new Random(1));
    assertEquals(ARTICLE.length() + 1, edited.length() - sentence(edited).length());
    assertTrue(sentence(edited).endsWith("."));
  }

  @Test
  void replacesWholeWordsAndLeavesTheRestAlone() {
    String edited = Redraft.REPLACE_WORDS.apply("uno dos tres", new Random(7));
    assertNotEquals("uno dos tres", edited);
    assertTrue(edited.matches("[\\p{L} ]+"), edited);
  }

  @Test
  void deletesAClauseWithTheCommaBeforeIt() {
    String edited =
        Redraft.DELETE_CLAUSE.apply(
            "Postula mujeres, en la mitad de los distritos.", new Random(1));
    assertEquals("Postula mujeres.", edited);
  }

  @Test
  void swapsTwoNeighbouringParagraphs() {
    assertEquals("dos\n\nuno", Redraft.SWAP_PARAGRAPHS.apply("uno\n\ndos", new Random(3)));
    assertNull(Redraft.SWAP_PARAGRAPHS.apply("un solo párrafo", new Random(3)));
  }

  @Test
  void fallsBackToAnotherKindWhereTheChosenOneCannotApply() {
    Redraft.Edited edited =
        Redraft.edit("Entrada en vigor.", Redraft.SWAP_PARAGRAPHS, new Random(5));
    assertNotEquals(Redraft.SWAP_PARAGRAPHS, edited.kind());
    assertNotEquals("Entrada en vigor.", edited.text());
  }

  @Test
  void everyEditChangesTheText() {
    Random random = new Random(11);
    String text = ARTICLE;
    for (int i = 0; i < 200; i++) {
      Redraft.Edited edited = Redraft.edit(text, Redraft.pick(random), random);
      assertNotEquals(text, edited.text());
      text = edited.text();
    }
  }

  /** The one sentence an insertion added, found by comparing with the original from both ends. */
  private static String sentence(String edited) {
    int start = 0;
    while (ARTICLE.charAt(start) == edited.charAt(start)) {
      start++;
    }
    int end = edited.length() - (ARTICLE.length() - start);
    return edited.substring(start, end).trim();
  }
}
