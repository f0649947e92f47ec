package org.consulta.legislation;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.platform.DomainException;

/** Reads the corpus's JSON Lines: one JSON object per line, blank lines ignored. */
final class JsonLinesSource implements RecordSource {
  /** A provision's text is bounded by the store; the rest of a record adds a few kilobytes. */
  static final int MAX_LINE = 2 * ProvisionRecord.MAX_TEXT;

  /**
   * A record is a flat object; deeper nesting is refused before parsing, since the JSON parser
   * fails on deep input with an exception of no documented type, which would end the whole import.
   */
  static final int MAX_DEPTH = 16;

  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
  private static final Set<String> FIELDS = Set.copyOf(RecordFields.NAMES);

  private final Reader reader;
  private final BoundedLines lines;

  JsonLinesSource(Reader reader) {
    this.reader = reader;
    this.lines = new BoundedLines(reader, MAX_LINE);
  }

  @Override
  public Optional<SourceRecord> next() throws IOException {
    BoundedLines.Line line;
    do {
      line = lines.next();
      if (line == null) {
        return Optional.empty();
      }
    } while (!line.tooLong() && line.text().isBlank());
    return Optional.of(record(line));
  }

  private static SourceRecord record(BoundedLines.Line line) {
    long n = line.number();
    if (line.tooLong()) {
      return SourceRecord.rejected(n, null, "the line is longer than " + MAX_LINE + " characters");
    }
    if (nestsDeeperThan(line.text(), MAX_DEPTH)) {
      return SourceRecord.rejected(
          n, null, "the line is nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonValue value;
    try (var json = JSON.createReader(new StringReader(line.text()))) {
      value = json.readValue();
    } catch (JsonException e) {
      return SourceRecord.rejected(n, null, "not valid JSON: " + e.getMessage());
    }
    if (!(value instanceof JsonObject object)) {
      return SourceRecord.rejected(n, null, "the line is not a JSON object");
    }
    for (String name : object.keySet()) {
      if (!FIELDS.contains(name)) {
        return SourceRecord.rejected(n, name, "unknown field '" + name + "'");
      }
    }
    try {
      return SourceRecord.read(n, new Fields(object).record());
    } catch (DomainException e) {
      return SourceRecord.rejected(n, e.field(), e.getMessage());
    }
  }

  /** Whether brackets outside strings open more than {@code max} levels at some point. */
  static boolean nestsDeeperThan(String json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > max) {
          return true;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private record Fields(JsonObject object) implements RecordFields {
    @Override
    public String text(String name) {
      JsonValue value = value(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof JsonString string)) {
        throw new BadRecord(name, name + " must be a string");
      }
      return string.getString().isEmpty() ? null : string.getString();
    }

    @Override
    public Integer integer(String name) {
      JsonValue value = value(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
        throw new BadRecord(name, name + " must be an integer");
      }
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw new BadRecord(name, name + " is out of range");
      }
    }

    @Override
    public Boolean bool(String name) {
      JsonValue value = value(name);
      if (value == null) {
        return null;
      }
      return switch (value.getValueType()) {
        case TRUE -> true;
        case FALSE -> false;
        default -> throw new BadRecord(name, name + " must be true, false or null");
      };
    }

    private JsonValue value(String name) {
      JsonValue value = object.get(name);
      return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
  }
}
