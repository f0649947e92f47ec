package org.consulta.legislation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.platform.DomainException;

/**
 * Reads corpus records from CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks)
 * with a header row naming corpus fields. A record's line is the line it starts on.
 */
final class CsvSource implements RecordSource {
  private static final List<String> REQUIRED =
      List.of(
          "id",
          "country",
          "language",
          "instrument_id",
          "instrument_title",
          "instrument_type",
          "provision_label",
          "text",
          "licence");

  private final Reader reader;
  private final List<String> header;
  private int lookahead = -2;
  private long line = 1;

  /** Reads the header; a header that names unknown, repeated or too few fields is refused. */
  CsvSource(Reader reader) throws IOException {
    this.reader = reader;
    Row first = row();
    if (first == null) {
      throw new BadRecord("header", "the CSV file is empty; it needs a header row");
    }
    header = first.cells().stream().map(name -> name.replace("\uFEFF", "").trim()).toList();
    checkHeader();
  }

  private void checkHeader() {
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!RecordFields.NAMES.contains(name)) {
        throw new BadRecord("header", "line 1: unknown column '" + name + "'");
      }
      if (!seen.add(name)) {
        throw new BadRecord("header", "line 1: column '" + name + "' appears twice");
      }
    }
    for (String name : REQUIRED) {
      if (!seen.contains(name)) {
        throw new BadRecord("header", "line 1: the column '" + name + "' is missing");
      }
    }
  }

  @Override
  public Optional<SourceRecord> next() throws IOException {
    Row row;
    do {
      row = row();
      if (row == null) {
        return Optional.empty();
      }
    } while (row.problem() == null && row.cells().size() == 1 && row.cells().get(0).isEmpty());
    return Optional.of(record(row));
  }

  private SourceRecord record(Row row) {
    if (row.problem() != null) {
      return SourceRecord.rejected(row.line(), null, row.problem());
    }
    if (row.cells().size() != header.size()) {
      return SourceRecord.rejected(
          row.line(),
          null,
          "the record has " + row.cells().size() + " cells; the header has " + header.size());
    }
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), row.cells().get(i));
    }
    try {
      return SourceRecord.read(row.line(), new Cells(cells).record());
    } catch (DomainException e) {
      return SourceRecord.rejected(row.line(), e.field(), e.getMessage());
    }
  }

  /** A row's cells and the line it starts on; {@code problem} says why it cannot be read. */
  private record Row(long line, List<String> cells, String problem) {}

  /** The next row, or null at the end of the text. */
  private Row row() throws IOException {
    long start = line;
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    var cell = new StringBuilder();
    int size = 0;
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          return new Row(start, List.of(), "a quoted cell is never closed");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            cell.append('"');
          } else {
            quoted = false;
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == '\n' || c < 0) {
        break;
      } else if (c != '\r' || peek() != '\n') {
        cell.append((char) c);
      }
      if (++size > JsonLinesSource.MAX_LINE) {
        cell.setLength(0);
      }
      c = read();
    }
    cells.add(cell.toString());
    return size > JsonLinesSource.MAX_LINE
        ? new Row(start, List.of(), "the record is longer than " + size + " characters")
        : new Row(start, cells, null);
  }

  private int read() throws IOException {
    int c = lookahead == -2 ? reader.read() : lookahead;
    lookahead = -2;
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (lookahead == -2) {
      lookahead = reader.read();
    }
    return lookahead;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private record Cells(Map<String, String> cells) implements RecordFields {
    @Override
    public String text(String name) {
      String value = cells.get(name);
      return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public Integer integer(String name) {
      String value = text(name);
      try {
        return value == null ? null : Integer.valueOf(value.trim());
      } catch (NumberFormatException e) {
        throw new BadRecord(name, name + " must be an integer");
      }
    }

    @Override
    public Boolean bool(String name) {
      String value = text(name);
      if (value == null) {
        return null;
      }
      return switch (value.trim()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new BadRecord(name, name + " must be true, false or empty");
      };
    }
  }
}
