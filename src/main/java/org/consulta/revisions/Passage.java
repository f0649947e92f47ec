package org.consulta.revisions;

/**
 * The non-empty range {@code [start, end)} of a text, in Java chars, that a comment refers to.
 * Whether it fits a particular text is checked where the text is known.
 */
public record Passage(int start, int end) {

  public Passage {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("not a non-empty range: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The passage's text in {@code text}. */
  public String in(String text) {
    return text.substring(start, end);
  }

  /** This passage grown by a char at each end that would otherwise cut a surrogate pair in two. */
  Passage widenedToCodePoints(String text) {
    return new Passage(
        splitsSurrogatePair(text, start) ? start - 1 : start,
        splitsSurrogatePair(text, end) ? end + 1 : end);
  }

  /** Whether {@code offset} falls between the two chars of one code point. */
  static boolean splitsSurrogatePair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isSurrogatePair(text.charAt(offset - 1), text.charAt(offset));
  }
}
