package org.consulta.legislation;

/** One record read from an import file: either the record, or the error that kept it out. */
record SourceRecord(long line, ProvisionRecord record, ImportError error) {
  static SourceRecord read(long line, ProvisionRecord record) {
    return new SourceRecord(line, record, null);
  }

  static SourceRecord rejected(long line, String field, String message) {
    return new SourceRecord(line, null, new ImportError(line, field, message));
  }

  boolean ok() {
    return error == null;
  }
}
