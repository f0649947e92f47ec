package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordRunTest {
  @Test
  void aRunStartsAndEndsOnWordBoundaries() {
    String text = "1. Las listas, según el artículo 5, alternarán mujeres y hombres.";
    List<WordRun> words = WordRun.words(text);
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      WordRun run = WordRun.pick(words, random).orElseThrow();
      String quote = run.quote(text);
      assertTrue(quote.matches("[\\p{L}\\p{N}].*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]"), quote);
      int wordsInRun = WordRun.words(quote).size();
      assertTrue(wordsInRun >= 1 && wordsInRun <= WordRun.MOST_WORDS, quote);
    }
  }

  @Test
  void theApiOffsetsCountCodePoints() {
    String text = "𝔸 dice: paridad";
    WordRun paridad = WordRun.words(text).get(WordRun.words(text).size() - 1);
    assertEquals("paridad", paridad.quote(text));
    assertEquals(8, paridad.json(text).getInt("start"));
    assertEquals(9, paridad.start());
  }

  @Test
  void aTextWithoutWordsHasNoRun() {
    assertTrue(WordRun.pick(WordRun.words(" .; "), new Random(1)).isEmpty());
  }
}
