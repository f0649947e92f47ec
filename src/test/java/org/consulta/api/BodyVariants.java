package org.consulta.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Malformed versions of a valid JSON body: cut short, with an unknown field, in other encodings,
 * and with each field, nested ones included, replaced in turn by wrong values.
 */
final class BodyVariants {
  private static final String PLACEHOLDER = "\"fuzz-placeholder\"";

  /** One variant: what is wrong with it, its bytes and its media type. */
  record Variant(String input, byte[] body, String contentType) {}

  private BodyVariants() {}

  static List<Variant> of(String example, String contentType, MalformedValues values) {
    List<Variant> variants = new ArrayList<>();
    variants.add(
        utf8("body cut short", example.substring(0, values.cut(example.length())), contentType));
    variants.add(
        utf8(
            "body with an unknown field",
            example.replaceFirst("\\{", "{\"zzz\": 1, "),
            contentType));
    variants.add(
        new Variant(
            "body in UTF-16",
            example.getBytes(StandardCharsets.UTF_16),
            contentType + "; charset=UTF-16"));
    // The example's accented letters as Latin-1 bytes, which are not UTF-8.
    variants.add(
        new Variant(
            "body in Latin-1 sent as UTF-8",
            example.getBytes(StandardCharsets.ISO_8859_1),
            contentType));
    variants.add(utf8("body after a byte order mark", "\uFEFF" + example, contentType));
    JsonStructure parsed;
    try (var reader = Json.createReader(new StringReader(example))) {
      parsed = reader.read();
    }
    List<String> pointers = pointers(parsed, "");
    for (String pointer : pointers) {
      variants.addAll(fields(parsed, pointer, values.jsonValues(), contentType));
    }
    // NUL and lone surrogates are for the filter of raw bodies, whatever the field: one will do.
    pointers.stream()
        .filter(p -> Json.createPointer(p).getValue(parsed) instanceof JsonString)
        .findFirst()
        .ifPresent(p -> variants.addAll(fields(parsed, p, values.rawJsonStrings(), contentType)));
    return variants;
  }

  private static List<Variant> fields(
      JsonStructure parsed, String pointer, List<String> replacements, String contentType) {
    String holed =
        Json.createPointer(pointer)
            .replace(parsed, Json.createValue("fuzz-placeholder"))
            .toString();
    return replacements.stream()
        .map(v -> utf8("field " + pointer + "=" + v, holed.replace(PLACEHOLDER, v), contentType))
        .toList();
  }

  private static Variant utf8(String input, String body, String contentType) {
    return new Variant(input, body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** A JSON pointer to every member and element of {@code value}, nested ones included. */
  private static List<String> pointers(JsonValue value, String at) {
    List<String> pointers = new ArrayList<>();
    if (value instanceof JsonObject object) {
      for (var member : object.entrySet()) {
        String pointer = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        pointers.add(pointer);
        pointers.addAll(pointers(member.getValue(), pointer));
      }
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        pointers.add(at + "/" + i);
        pointers.addAll(pointers(array.get(i), at + "/" + i));
      }
    }
    return pointers;
  }
}
