package org.consulta.drafting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article's text as stored: deflated UTF-8, whole or against a base text. Most articles are
 * under the 2 kB from which PostgreSQL compresses a value itself, so they were stored raw; deflate
 * halves them. An amendment mostly repeats the text it amends, so deflating it with that text as
 * the preset dictionary leaves little more than the words that changed. The first byte says how the
 * rest is written, so that another encoding can be added without a rewrite.
 */
public final class CompressedText {
  private static final byte RAW = 0;
  private static final byte DEFLATED = 1;
  private static final byte AGAINST_BASE = 2;

  private CompressedText() {}

  /** The stored form of {@code text}: deflated, or raw when deflating would not make it smaller. */
  public static byte[] encode(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] deflated = deflate(DEFLATED, utf8, null);
    if (deflated.length < utf8.length + 1) {
      return deflated;
    }
    byte[] raw = new byte[utf8.length + 1];
    raw[0] = RAW;
    System.arraycopy(utf8, 0, raw, 1, utf8.length);
    return raw;
  }

  /**
   * {@code text} stored against {@code base}, when that takes less than half of {@code whole} (its
   * stored form alone); otherwise empty, and the text is better stored whole, and a base for the
   * texts after it.
   */
  public static Optional<byte[]> encode(String text, String base, byte[] whole) {
    byte[] against =
        deflate(
            AGAINST_BASE,
            text.getBytes(StandardCharsets.UTF_8),
            base.getBytes(StandardCharsets.UTF_8));
    return against.length * 2 < whole.length ? Optional.of(against) : Optional.empty();
  }

  /** A text stored whole. */
  public static String decode(byte[] stored) {
    return decode(stored, null);
  }

  /** A text stored whole or against {@code base} (null for a text stored whole). */
  public static String decode(byte[] stored, String base) {
    if (stored.length == 0) {
      throw new IllegalArgumentException("a stored text has at least its encoding byte");
    }
    if (stored[0] == RAW) {
      return new String(stored, 1, stored.length - 1, StandardCharsets.UTF_8);
    }
    if (stored[0] != DEFLATED && stored[0] != AGAINST_BASE) {
      throw new IllegalArgumentException("unknown text encoding " + stored[0]);
    }
    if ((stored[0] == AGAINST_BASE) != (base != null)) {
      throw new IllegalArgumentException(
          base == null ? "a text stored against a base needs it" : "a whole text has no base");
    }
    var inflater = new Inflater(true);
    try {
      if (base != null) {
        inflater.setDictionary(base.getBytes(StandardCharsets.UTF_8));
      }
      inflater.setInput(stored, 1, stored.length - 1);
      var out = new ByteArrayOutputStream(stored.length * 3);
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("a stored text is cut short");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("a stored text is damaged", e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte encoding, byte[] utf8, byte[] dictionary) {
    var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      if (dictionary != null) {
        deflater.setDictionary(dictionary);
      }
      deflater.setInput(utf8);
      deflater.finish();
      var out = new ByteArrayOutputStream(utf8.length / 2 + 16);
      out.write(encoding);
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
