package org.consulta.revisions;

import java.util.Objects;

/**
 * A passage as the W3C Web Annotation TextQuoteSelector describes it: its text, and the text just
 * before and after it, which tell apart copies of the same words.
 */
public record TextQuote(String quote, String prefix, String suffix) {

  /** Context kept on each side; matches the pattern length of diff-match-patch's matcher. */
  public static final int CONTEXT_LENGTH = 32;

  public TextQuote {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
  }

  /**
   * The quote of {@code [start, end)} of {@code text}, with up to 32 chars of context each side.
   */
  public static TextQuote of(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
    if (Passage.splitsSurrogatePair(text, prefixStart)) {
      prefixStart++;
    }
    int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
    if (Passage.splitsSurrogatePair(text, suffixEnd)) {
      suffixEnd--;
    }
    return new TextQuote(
        text.substring(start, end),
        text.substring(prefixStart, start),
        text.substring(end, suffixEnd));
  }

  /**
   * How much context this quote shares with {@code other}: the chars that agree reading outwards
   * from the quote, before it and after it.
   */
  public int sharedContext(TextQuote other) {
    return commonSuffixLength(prefix, other.prefix) + commonPrefixLength(suffix, other.suffix);
  }

  private static int commonPrefixLength(String a, String b) {
    int length = 0;
    while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
      length++;
    }
    return length;
  }

  private static int commonSuffixLength(String a, String b) {
    int length = 0;
    while (length < a.length()
        && length < b.length()
        && a.charAt(a.length() - 1 - length) == b.charAt(b.length() - 1 - length)) {
      length++;
    }
    return length;
  }
}
