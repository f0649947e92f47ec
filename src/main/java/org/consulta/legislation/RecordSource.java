package org.consulta.legislation;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Reads an import file one record at a time, whatever its format. */
interface RecordSource extends Closeable {
  /** The next record or rejected record, or empty at the end of the file. */
  Optional<SourceRecord> next() throws IOException;
}
