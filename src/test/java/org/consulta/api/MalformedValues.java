package org.consulta.api;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The malformed values the fuzz test sends. Strings are drawn from a {@link Random} with a fixed
 * seed, so every run sends the same requests.
 */
final class MalformedValues {
  /** Code points that often trip text handling: controls, bidi overrides, combining marks… */
  private static final int[] ODD_CODE_POINTS = {
    0x0001, 0x0008, 0x001F, 0x007F, 0x0085, 0x00A0, 0x00AD, 0x0301, 0x034F, 0x061C, 0x200B,
    0x200D, 0x2028, 0x2029, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x1F469,
    0xE0041, 0x10FFFF, 0x0130, 0x00DF, 0x1E9E, 0x0627, 0x05D0, 0x3042
  };

  private final Random random;

  MalformedValues(long seed) {
    this.random = new Random(seed);
  }

  /** A short string of odd code points, different at each call but the same in every run. */
  String oddUnicode() {
    return IntStream.range(0, 4 + random.nextInt(12))
        .map(i -> ODD_CODE_POINTS[random.nextInt(ODD_CODE_POINTS.length)])
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** Where to cut a body of {@code length} characters so that what is left is not whole. */
  int cut(int length) {
    return length < 2 ? 0 : 1 + random.nextInt(length - 1);
  }

  /**
   * Path segments and query values, already percent-encoded as a client would send them: wrong
   * types, out-of-range numbers, encoded separators, odd Unicode and a long value.
   */
  List<String> encodedParameterValues() {
    return List.of(
        "abc", "-1", "99999999999999999999", "a%2Fb", encode(oddUnicode()), "x".repeat(3000));
  }

  /** Header and cookie values: wrong ETags, a list where one is wanted, a long value. */
  List<String> headerValues() {
    return List.of(
        "",
        "abc",
        "\"es-99999999999\"",
        "\"xx-1\"",
        "W/\"es-1\"",
        "*",
        "\"es-1\", \"es-2\"",
        "x".repeat(4000));
  }

  /** Enum-like values no parameter accepts: a wrong name, a wrong case, an empty value. */
  List<String> unknownNames() {
    return List.of("bogus", "");
  }

  /**
   * Values that {@link java.net.URI} refuses to carry, sent on a raw socket: a broken percent
   * escape, and bytes that are not UTF-8.
   */
  List<String> rawParameterValues() {
    return List.of("%zz", "%C0%AF");
  }

  /**
   * JSON values to put in place of a field, one at a time: wrong types, out-of-range and huge
   * numbers, odd and long strings. Long is 10,001 characters: past most limits, and small enough
   * that a caller turned away before its body is read does not stall on sending it.
   */
  List<String> jsonValues() {
    return List.of(
        "null",
        "true",
        "-1",
        "1e400",
        "\"\"",
        quoted(oddUnicode()),
        quoted("x".repeat(10_001)),
        "{\"a\": {}}");
  }

  /** String values that only a filter of raw bodies refuses: NUL and a lone surrogate. */
  List<String> rawJsonStrings() {
    return List.of("\"\\u0000\"", "\"\\ud800\"");
  }

  /** Whole bodies that are not the JSON object an operation wants. */
  List<String> bodies() {
    return List.of(
        "",
        "{not json",
        "null",
        "true",
        "\"s\"",
        "[]",
        "42",
        "[".repeat(10_000) + "]".repeat(10_000),
        "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000),
        "{\"a\": 1} trailing",
        "{\"a\": 1, \"a\": 2}");
  }

  /** Malformed or unsupported {@code Content-Type} values for a body that is otherwise fine. */
  List<String> contentTypes() {
    return List.of(
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/json; charset=nonsense",
        "application/json; charset=",
        "no-slash");
  }

  /** {@code Accept} values that no operation can honour, or that do not parse. */
  List<String> accepts() {
    return List.of("application/xml", "no-slash");
  }

  private static String quoted(String text) {
    return "\""
        + text.codePoints()
            .mapToObj(
                c ->
                    c < 0x20 || c == '"' || c == '\\'
                        ? "\\u%04x".formatted(c)
                        : Character.toString(c))
            .collect(Collectors.joining())
        + "\"";
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
