package org.consulta.consultation;

import java.util.Arrays;

/**
 * Greedy line breaking of one paragraph: as many words as fit on each line, breaking at spaces; a
 * word longer than a line is broken where it overflows. Lines are given as {@code [start, end)}
 * offsets into the text, without the spaces at the break.
 */
final class PdfLines {
  private PdfLines() {}

  /**
   * @param measure the line's width in thousandths of the font size
   * @return start and end of each line, in pairs
   */
  static int[] of(String text, PdfFace face, float measure) {
    int[] lines = new int[16];
    int count = 0;
    int n = trimEnd(text, text.length());
    int start = skipSpaces(text, 0, n);
    float space = face.width(' ');
    while (start < n) {
      float width = 0;
      int lastSpace = -1;
      int end = n;
      int next = n;
      for (int i = start; i < n; i++) {
        char c = text.charAt(i);
        if (c == ' ') {
          lastSpace = i;
          width += space;
          continue;
        }
        width += face.width(c);
        if (width > measure && i > start) {
          if (lastSpace > start) {
            end = trimEnd(text, lastSpace);
            next = lastSpace;
          } else {
            end = i;
            next = i;
          }
          break;
        }
      }
      if (count + 2 > lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
      }
      lines[count++] = start;
      lines[count++] = end;
      start = skipSpaces(text, next, n);
    }
    return Arrays.copyOf(lines, count);
  }

  private static int skipSpaces(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int to) {
    int i = to;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
