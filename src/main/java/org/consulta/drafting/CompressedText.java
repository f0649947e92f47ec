package org.consulta.drafting;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article's text as stored: deflated UTF-8. Most articles are under the 2 kB from which
 * PostgreSQL compresses a value itself, so they were stored raw; deflate halves them. The first
 * byte says how the rest is written, so that another encoding can be added without a rewrite.
 */
@Converter
public final class CompressedText implements AttributeConverter<String, byte[]> {
  private static final byte RAW = 0;
  private static final byte DEFLATED = 1;

  @Override
  public byte[] convertToDatabaseColumn(String text) {
    return text == null ? null : encode(text);
  }

  @Override
  public String convertToEntityAttribute(byte[] stored) {
    return stored == null ? null : decode(stored);
  }

  /** The stored form of {@code text}: deflated, or raw when deflating would not make it smaller. */
  public static byte[] encode(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(utf8);
      deflater.finish();
      var out = new ByteArrayOutputStream(utf8.length / 2 + 16);
      out.write(DEFLATED);
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      if (out.size() < utf8.length + 1) {
        return out.toByteArray();
      }
    } finally {
      deflater.end();
    }
    byte[] raw = new byte[utf8.length + 1];
    raw[0] = RAW;
    System.arraycopy(utf8, 0, raw, 1, utf8.length);
    return raw;
  }

  public static String decode(byte[] stored) {
    if (stored.length == 0) {
      throw new IllegalArgumentException("a stored text has at least its encoding byte");
    }
    if (stored[0] == RAW) {
      return new String(stored, 1, stored.length - 1, StandardCharsets.UTF_8);
    }
    if (stored[0] != DEFLATED) {
      throw new IllegalArgumentException("unknown text encoding " + stored[0]);
    }
    var inflater = new Inflater(true);
    try {
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
}
