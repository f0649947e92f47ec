package org.consulta.legislation;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into numbered lines without ever holding more than a bound of one line: a line beyond
 * the bound is skipped to its end and reported, so one huge line cannot exhaust memory.
 */
final class BoundedLines {
  private final Reader reader;
  private final int maxChars;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int end;
  private long number;

  /** A line and its number from 1; {@code text} is null for a line longer than the bound. */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  BoundedLines(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next line without its line break, or null at the end of the text. */
  Line next() throws IOException {
    var text = new StringBuilder();
    boolean consumed = false;
    boolean tooLong = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!consumed) {
          return null;
        }
        break;
      }
      consumed = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int length = pos - start;
      if (text.length() + length > maxChars) {
        tooLong = true;
        text.setLength(0);
      } else if (!tooLong) {
        text.append(buffer, start, length);
      }
      if (pos < end) {
        pos++;
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    int last = text.length() - 1;
    if (last >= 0 && text.charAt(last) == '\r') {
      text.setLength(last);
    }
    if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    return new Line(number, text.toString());
  }

  private boolean fill() throws IOException {
    int read = reader.read(buffer);
    pos = 0;
    end = Math.max(read, 0);
    return read > 0;
  }
}
