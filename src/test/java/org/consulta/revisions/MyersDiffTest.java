package org.consulta.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedList;
import java.util.Random;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.junit.jupiter.api.Test;

/** MyersDiff must give diff-match-patch's own diffs without a time limit, whatever the texts. */
class MyersDiffTest {

  private static LinkedList<Diff> library(String text1, String text2) {
    DiffMatchPatch dmp = new DiffMatchPatch();
    dmp.diffTimeout = 0;
    return dmp.diffMain(text1, text2, false);
  }

  private static void assertSameAsLibrary(String text1, String text2) {
    assertEquals(library(text1, text2), MyersDiff.between(text1, text2), text1 + " -> " + text2);
  }

  @Test
  void edgeCasesAreTheLibrarys() {
    String[][] pairs = {
      {"", ""},
      {"", "abc"},
      {"abc", ""},
      {"abc", "abc"},
      {"abc", "ab"},
      {"ab", "xaby"},
      {"xaby", "ab"},
      {"a", "b"},
      {"abc", "x"},
      {"x", "abc"},
      {"abcdef", "azced"},
      {"cat", "map"},
      {"mouse", "sofas"},
      {"1ayb2", "abxab"},
      {"abcy", "xaxcxabc"},
    };
    for (String[] pair : pairs) {
      assertSameAsLibrary(pair[0], pair[1]);
    }
  }

  /** Few distinct chars make many equal runs and ties, where a different bisection would show. */
  @Test
  void randomTextsOverASmallAlphabetAreTheLibrarys() {
    Random random = new Random(17);
    for (int i = 0; i < 3000; i++) {
      String text1 = random(random, "ab c", random.nextInt(60));
      String text2 =
          random.nextBoolean() ? random(random, "ab c", random.nextInt(60)) : edited(random, text1);
      assertSameAsLibrary(text1, text2);
    }
  }

  @Test
  void editedMultilingualTextsAreTheLibrarys() {
    Random random = new Random(2026);
    for (int i = 0; i < 300; i++) {
      String text = TextGenerator.randomText(random, 20 + random.nextInt(200));
      assertSameAsLibrary(text, TextGenerator.randomlyEdited(random, text, 1 + random.nextInt(30)));
    }
  }

  private static String random(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String edited(Random random, String text) {
    StringBuilder edited = new StringBuilder(text);
    for (int edits = random.nextInt(6); edits > 0; edits--) {
      int at = random.nextInt(edited.length() + 1);
      if (at < edited.length() && random.nextBoolean()) {
        edited.deleteCharAt(at);
      } else {
        edited.insert(at, "abxc".charAt(random.nextInt(4)));
      }
    }
    return edited.toString();
  }
}
