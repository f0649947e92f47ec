package org.consulta.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The content stream of the page being laid out, written as bytes: operators in ASCII, numbers to
 * two decimals, strings of two-byte glyph ids. It is deflated when the page is done; the fastest
 * level, since text streams compress well at any level and a report has thousands of pages.
 */
final class PageContent {
  private byte[] bytes = new byte[64 * 1024];
  private int size;

  PageContent ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** {@code value} to two decimals and a space after it. */
  PageContent number(float value) {
    ensure(24);
    long hundredths = Math.round(value * 100.0);
    if (hundredths < 0) {
      bytes[size++] = '-';
      hundredths = -hundredths;
    }
    digits(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      bytes[size++] = '.';
      bytes[size++] = (byte) ('0' + fraction / 10);
      if (fraction % 10 != 0) {
        bytes[size++] = (byte) ('0' + fraction % 10);
      }
    }
    bytes[size++] = ' ';
    return this;
  }

  PageContent integer(long value) {
    ensure(24);
    digits(value);
    bytes[size++] = ' ';
    return this;
  }

  void openString() {
    ensure(1);
    bytes[size++] = '(';
  }

  /** A glyph id as two bytes of a literal string, escaping those a parser would read otherwise. */
  void glyph(char glyph) {
    ensure(4);
    put((byte) (glyph >> 8));
    put((byte) glyph);
  }

  void closeString() {
    ensure(1);
    bytes[size++] = ')';
  }

  boolean isEmpty() {
    return size == 0;
  }

  void deflateTo(OutputStream out) throws IOException {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream deflated = new DeflaterOutputStream(out, deflater, 32 * 1024)) {
      deflated.write(bytes, 0, size);
    } finally {
      deflater.end();
    }
    size = 0;
  }

  private void put(byte b) {
    if (b == '(' || b == ')' || b == '\\') {
      bytes[size++] = '\\';
    } else if (b == '\r') {
      // A bare carriage return in a literal string reads as a line feed.
      bytes[size++] = '\\';
      bytes[size++] = 'r';
      return;
    }
    bytes[size++] = b;
  }

  private void digits(long value) {
    if (value >= 10) {
      digits(value / 10);
    }
    bytes[size++] = (byte) ('0' + value % 10);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
