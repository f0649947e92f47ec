package org.consulta.platform;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request body in one streaming pass before anything binds it: strict UTF-8, one JSON
 * value of the expected kind, bounded nesting, no duplicate keys, and no string (key or value)
 * holding U+0000 or an unpaired surrogate, which a database would store or mangle. A failure names
 * the offending value the way {@link JsonFields} names fields ({@code divisions[0].kind}).
 */
public final class StrictJson {
  /** Deeper than any body the API takes, far below what would strain the parser. */
  public static final int MAX_DEPTH = 64;

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private final Deque<Level> levels = new ArrayDeque<>();

  private StrictJson() {}

  /** One open object or array: the keys seen so far, and where the next value sits. */
  private static final class Level {
    private final String path;
    private final boolean array;
    private final Set<String> keys = new HashSet<>();
    private String key;
    private int index = -1;

    private Level(String path, boolean array) {
      this.path = path;
      this.array = array;
    }

    private String child() {
      if (array) {
        return path + "[" + index + "]";
      }
      return path.isEmpty() ? key : path + "." + key;
    }
  }

  /**
   * Throws {@link DomainException} (invalid) naming the offending value, or {@code body} when the
   * body as a whole is wrong.
   */
  public static void check(byte[] body, boolean objectExpected) {
    String text = utf8(body);
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw invalid(ProblemCode.REQUIRED, "body", "the request body is empty");
      }
      JsonParser.Event first = parser.next();
      if (objectExpected && first != JsonParser.Event.START_OBJECT) {
        throw invalid(ProblemCode.INVALID_FORMAT, "body", "the request body must be a JSON object");
      }
      new StrictJson().walk(parser, first);
      if (parser.hasNext()) {
        throw invalid(
            ProblemCode.INVALID_FORMAT, "body", "the request body holds more than one JSON value");
      }
    } catch (JsonParsingException e) {
      throw invalid(
          ProblemCode.INVALID_FORMAT,
          "body",
          "the request body is not valid JSON: " + e.getMessage());
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(ProblemCode.INVALID_FORMAT, "body", "the request body is not valid UTF-8");
    }
  }

  private void walk(JsonParser parser, JsonParser.Event first) {
    JsonParser.Event event = first;
    while (true) {
      switch (event) {
        case START_OBJECT, START_ARRAY -> open(event == JsonParser.Event.START_ARRAY);
        case END_OBJECT, END_ARRAY -> levels.pop();
        case KEY_NAME -> key(parser.getString());
        case VALUE_STRING -> text(value(), parser.getString());
        default -> value();
      }
      if (levels.isEmpty()) {
        return;
      }
      event = parser.next();
    }
  }

  private void open(boolean array) {
    String path = value();
    if (levels.size() == MAX_DEPTH) {
      throw invalid(
          ProblemCode.INVALID,
          path.isEmpty() ? "body" : path,
          "nested deeper than " + MAX_DEPTH + " levels");
    }
    levels.push(new Level(path, array));
  }

  private void key(String key) {
    Level level = levels.peek();
    level.key = key;
    text(level.child(), key);
    if (!level.keys.add(key)) {
      throw invalid(ProblemCode.INVALID, level.child(), "the key '" + key + "' appears twice");
    }
  }

  /** Where the value that starts now sits: the next index of an array, or the current key. */
  private String value() {
    Level level = levels.peek();
    if (level == null) {
      return "";
    }
    if (level.array) {
      level.index++;
    }
    return level.child();
  }

  private static void text(String path, String value) {
    String field = path.isEmpty() ? "body" : path;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        throw invalid(ProblemCode.INVALID_FORMAT, field, "a text holds the character U+0000");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw invalid(
            ProblemCode.INVALID_FORMAT,
            field,
            "a text holds an unpaired surrogate (\\u" + hex(c) + ")");
      }
    }
  }

  private static String hex(char c) {
    return String.format("%04x", (int) c);
  }

  private static DomainException invalid(ProblemCode code, String field, String message) {
    return DomainException.invalid(code, field, message);
  }
}
