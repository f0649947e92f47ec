package org.consulta.exchange;

import java.util.regex.Pattern;

/**
 * How an article text is divided: the counts that every language version of the article must share.
 *
 * @param numberedParagraphs paragraphs opening with {@code N. }
 * @param letteredItems paragraphs opening with {@code x) }
 */
public record ArticleStructure(int numberedParagraphs, int letteredItems) {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
  private static final Pattern NUMBERED = Pattern.compile("[0-9]+\\. ");
  private static final Pattern LETTERED = Pattern.compile("[a-z]\\) ");

  /** Counts the structure of an article text; only a marker opening a paragraph counts. */
  public static ArticleStructure of(String text) {
    int numbered = 0;
    int lettered = 0;
    for (String paragraph : PARAGRAPH_BREAK.split(text)) {
      if (NUMBERED.matcher(paragraph).lookingAt()) {
        numbered++;
      } else if (LETTERED.matcher(paragraph).lookingAt()) {
        lettered++;
      }
    }
    return new ArticleStructure(numbered, lettered);
  }

  public String describe() {
    return "numbered paragraphs: " + numberedParagraphs + ", lettered items: " + letteredItems;
  }
}
