package org.consulta.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front matter of a draft: exactly the keys law, lang, title, work and topic, in that order,
 * between two {@code ---} lines.
 *
 * @param bodyStart the index of the first line after the closing {@code ---}
 */
record FrontMatter(
    String law, DraftLanguage language, String title, String work, String topic, int bodyStart) {
  private static final List<String> KEYS = List.of("law", "lang", "title", "work", "topic");
  private static final String FENCE = "---";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private record Entry(String value, int line) {}

  /** Reads the front matter from lines already stripped of trailing whitespace. */
  static FrontMatter read(String fileName, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(FENCE)) {
      throw new DraftFormatException(
          fileName, 1, "missing front matter: the file must start with '---'");
    }
    int close = lines.subList(1, lines.size()).indexOf(FENCE) + 1;
    if (close == 0) {
      throw new DraftFormatException(
          fileName, 1, "the front matter opened here is never closed with '---'");
    }
    Map<String, Entry> entries = readEntries(fileName, lines, close);
    checkAllKeysInOrder(fileName, entries, close + 1);
    Entry law = entries.get("law");
    if (!SLUG.matcher(law.value()).matches()) {
      throw new DraftFormatException(
          fileName,
          law.line(),
          "bad slug '" + law.value() + "': use lower-case letters, digits and single '-'");
    }
    Entry lang = entries.get("lang");
    DraftLanguage language =
        DraftLanguage.fromCode(lang.value())
            .orElseThrow(
                () ->
                    new DraftFormatException(
                        fileName,
                        lang.line(),
                        "unknown language '" + lang.value() + "': use es, en, pt or fr"));
    return new FrontMatter(
        law.value(),
        language,
        entries.get("title").value(),
        entries.get("work").value(),
        entries.get("topic").value(),
        close + 1);
  }

  /** The entries between the fences, in file order. */
  private static Map<String, Entry> readEntries(String fileName, List<String> lines, int close) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int index = 1; index < close; index++) {
      int lineNumber = index + 1;
      String line = lines.get(index);
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new DraftFormatException(
            fileName, lineNumber, "front-matter line must read 'key: value'");
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (!KEYS.contains(key)) {
        throw new DraftFormatException(
            fileName, lineNumber, "unknown front-matter key '" + key + "'; expected " + KEYS);
      }
      if (entries.containsKey(key)) {
        throw new DraftFormatException(
            fileName, lineNumber, "duplicate front-matter key '" + key + "'");
      }
      if (value.isEmpty()) {
        throw new DraftFormatException(
            fileName, lineNumber, "empty value for front-matter key '" + key + "'");
      }
      entries.put(key, new Entry(value, lineNumber));
    }
    return entries;
  }

  private static void checkAllKeysInOrder(
      String fileName, Map<String, Entry> entries, int closeLine) {
    for (String key : KEYS) {
      if (!entries.containsKey(key)) {
        throw new DraftFormatException(
            fileName, closeLine, "missing front-matter key '" + key + "'");
      }
    }
    List<String> keysAsWritten = List.copyOf(entries.keySet());
    for (int index = 0; index < KEYS.size(); index++) {
      String key = keysAsWritten.get(index);
      if (!key.equals(KEYS.get(index))) {
        throw new DraftFormatException(
            fileName,
            entries.get(key).line(),
            "front-matter key '" + key + "' is out of order; expected '" + KEYS.get(index) + "'");
      }
    }
  }
}
