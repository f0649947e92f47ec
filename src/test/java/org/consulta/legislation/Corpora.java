package org.consulta.legislation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the small fixed corpora kept under src/test/resources/legislation. */
final class Corpora {
  private Corpora() {}

  static InputStream stream(String name) {
    InputStream in = Corpora.class.getResourceAsStream("/legislation/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no corpus " + name);
    }
    return in;
  }

  static List<SourceRecord> read(String name, ImportFormat format) {
    try {
      return readAll(format.open(stream(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SourceRecord> readAll(RecordSource source) throws IOException {
    List<SourceRecord> all = new ArrayList<>();
    try (source) {
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        all.add(next.get());
      }
    }
    return all;
  }

  /** The records of a corpus that has no bad line. */
  static List<ProvisionRecord> records(String name) {
    return read(name, ImportFormat.JSONL).stream().map(SourceRecord::record).toList();
  }
}
