package org.consulta.organisations;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks
 * and doubled quotes) into records, each with the line it starts on. Blank lines are not records.
 */
final class CsvRecords {
  private CsvRecords() {}

  /** One record: its fields, the line it starts on, and whether a quoted field never closed. */
  record CsvRecord(int line, List<String> fields, boolean unclosed) {}

  static List<CsvRecord> of(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        add(records, start, fields, false);
        fields = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        line++;
        start = line;
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted || !field.isEmpty() || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      add(records, start, fields, quoted);
    }
    return records;
  }

  private static void add(List<CsvRecord> records, int line, List<String> fields, boolean open) {
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank || open) {
      records.add(new CsvRecord(line, List.copyOf(fields), open));
    }
  }
}
