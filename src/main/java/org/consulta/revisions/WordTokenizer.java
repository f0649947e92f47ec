package org.consulta.revisions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits text into the units a word diff compares: words (letters, digits and combining marks),
 * runs of whitespace, and single symbols. A symbol keeps the code points that render with it, so an
 * emoji ZWJ sequence, a flag or a skin-toned emoji is never split.
 */
final class WordTokenizer {

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private WordTokenizer() {}

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = tokenEnd(text, start);
      tokens.add(text.substring(start, end));
      start = end;
    }
    return tokens;
  }

  /** Char positions, 0 and the length included, at which one token ends and the next begins. */
  static BitSet boundaries(List<String> tokens) {
    BitSet boundaries = new BitSet();
    int position = 0;
    boundaries.set(position);
    for (String token : tokens) {
      position += token.length();
      boundaries.set(position);
    }
    return boundaries;
  }

  private static int tokenEnd(String text, int start) {
    int first = text.codePointAt(start);
    if (Character.isWhitespace(first)) {
      int end = start;
      while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      return end;
    }
    int end = clusterEnd(text, start);
    if (isWordPart(first)) {
      while (end < text.length() && isWordPart(text.codePointAt(end))) {
        end = clusterEnd(text, end);
      }
    }
    return end;
  }

  /** End of the code point at start plus the marks, modifiers and joined code points after it. */
  private static int clusterEnd(String text, int start) {
    int base = text.codePointAt(start);
    int end = start + Character.charCount(base);
    if (isRegionalIndicator(base)
        && end < text.length()
        && isRegionalIndicator(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end)); // two indicators make one flag
    }
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (isExtender(next)) {
        end += Character.charCount(next);
      } else if (next == ZERO_WIDTH_JOINER
          && end + 1 < text.length()
          && !Character.isWhitespace(text.codePointAt(end + 1))) {
        end += 1 + Character.charCount(text.codePointAt(end + 1));
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  // Marks include variation selectors and the keycap; the rest are emoji skin tones and the tag
  // characters of subdivision flags.
  private static boolean isExtender(int codePoint) {
    return isMark(codePoint)
        || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
        || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
  }

  private static boolean isRegionalIndicator(int codePoint) {
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
  }
}
