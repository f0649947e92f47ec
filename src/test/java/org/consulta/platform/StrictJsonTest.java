package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {
  private static String fieldOf(String json) {
    return fieldOf(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String fieldOf(byte[] json) {
    return assertThrows(DomainException.class, () -> StrictJson.check(json, true)).field();
  }

  @Test
  void acceptsAnOrdinaryBodyWithPairedSurrogatesAndEscapes() {
    byte[] body =
        "{\"text\": \"Igualdad 😀 \\ud83d\\ude00 \\\"quoted\\\"\", \"list\": [1, {\"a\": null}]}"
            .getBytes(StandardCharsets.UTF_8);
    assertDoesNotThrow(() -> StrictJson.check(body, true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null|body",
        "true|body",
        "\"s\"|body",
        "[1]|body",
        "{\"a\": 1} {}|body",
        "{\"a\": |body",
        "{\"text\": \"a\\u0000b\"}|text",
        "{\"text\": \"\\ud800\"}|text",
        "{\"text\": \"x\\udc00\"}|text",
        "{\"a\": 1, \"a\": 2}|a",
        "{\"a\": {\"b\": [1, {\"c\": \"\\u0000\"}]}}|a.b[1].c",
        "{\"a\": [[], [\"\\ud83d\"]]}|a[1][0]"
      })
  void namesTheOffendingValue(String json, String field) {
    assertEquals(field, fieldOf(json));
  }

  @Test
  void keysAreCheckedLikeValues() {
    assertEquals("a\u0000", fieldOf("{\"a\\u0000\": 1}"));
  }

  @Test
  void refusesInvalidUtf8() {
    assertEquals("body", fieldOf(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}));
    assertEquals("body", fieldOf(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}));
  }

  @Test
  void boundsTheNesting() {
    String deepest = "{\"a\": ".repeat(StrictJson.MAX_DEPTH - 1) + "{}" + "}".repeat(63);
    assertDoesNotThrow(() -> StrictJson.check(deepest.getBytes(StandardCharsets.UTF_8), true));
    String deeper = "{\"a\": ".repeat(1100) + "1" + "}".repeat(1100);
    assertEquals(String.join(".", Collections.nCopies(64, "a")), fieldOf(deeper));
  }

  @Test
  void anArrayIsAcceptedWhereOneIsExpected() {
    assertDoesNotThrow(() -> StrictJson.check("[1, 2]".getBytes(StandardCharsets.UTF_8), false));
  }
}
