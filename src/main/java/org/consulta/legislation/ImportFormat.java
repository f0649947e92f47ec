package org.consulta.legislation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** The file formats legislation is imported from; either may be gzip-compressed. */
public enum ImportFormat {
  /** The shared corpus format: one JSON object per line. */
  JSONL,
  /** The same fields as columns, named by a header row. */
  CSV;

  /** Reads records from the stream, which the source closes; gzip is recognised by its magic. */
  RecordSource open(InputStream raw) throws IOException {
    Reader reader = new InputStreamReader(decompressed(raw), StandardCharsets.UTF_8);
    if (this == JSONL) {
      return new JsonLinesSource(reader);
    }
    try {
      return new CsvSource(reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static InputStream decompressed(InputStream raw) throws IOException {
    var in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
