package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.revisions.Passage;

/**
 * A run of whole words of a text, {@code [start, end)} in chars, as a participant selects a passage
 * to comment on.
 */
record WordRun(int start, int end) {
  static final int MOST_WORDS = 12;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Every word of {@code text}, in order. */
  static List<WordRun> words(String text) {
    List<WordRun> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(new WordRun(word.start(), word.end()));
    }
    return words;
  }

  /**
   * From one to {@link #MOST_WORDS} consecutive words at a random place; none in a wordless text.
   */
  static Optional<WordRun> pick(List<WordRun> words, Random random) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int first = random.nextInt(words.size());
    int last = Math.min(words.size() - 1, first + random.nextInt(MOST_WORDS));
    return Optional.of(new WordRun(words.get(first).start(), words.get(last).end()));
  }

  String quote(String text) {
    return text.substring(start, end);
  }

  Passage passage() {
    return new Passage(start, end);
  }

  /** The passage as the API takes it: offsets in code points, with the quote to check them. */
  JsonObject json(String text) {
    return Json.createObjectBuilder()
        .add("start", text.codePointCount(0, start))
        .add("end", text.codePointCount(0, end))
        .add("quote", quote(text))
        .build();
  }
}
