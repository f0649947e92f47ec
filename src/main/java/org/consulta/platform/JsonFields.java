package org.consulta.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON request body field by field, so that every missing, mistyped, out-of-range or
 * unknown field is reported by name instead of surfacing as a generic binding error.
 */
public final class JsonFields {
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;

  private final JsonObject body;
  private final String path;

  private JsonFields(JsonObject body, String path) {
    this.body = body;
    this.path = path;
  }

  /** Accepts a body that has no fields other than {@code allowed}. */
  public static JsonFields of(JsonStructure body, Set<String> allowed) {
    if (!(body instanceof JsonObject object)) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, "body", "the request body must be a JSON object");
    }
    return checked(object, "", allowed);
  }

  private static JsonFields checked(JsonObject body, String path, Set<String> allowed) {
    for (String name : body.keySet()) {
      if (!allowed.contains(name)) {
        throw DomainException.invalid(
            ProblemCode.UNKNOWN_FIELD, path + name, "unknown field '" + path + name + "'");
      }
    }
    return new JsonFields(body, path);
  }

  /** The members of an object field, such as one entry per language, each read as an object. */
  public Map<String, JsonFields> objectsByKey(String name, Set<String> allowed) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be an object");
    }
    Map<String, JsonFields> members = new LinkedHashMap<>();
    value
        .asJsonObject()
        .forEach((key, member) -> members.put(key, object(name + "." + key, member, allowed)));
    return members;
  }

  /** As {@link #objectsByKey}, for a field that may be absent: then there are no members. */
  public Map<String, JsonFields> optionalObjectsByKey(String name, Set<String> allowed) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    return objectsByKey(name, allowed);
  }

  /**
   * The members of an object field whose values are texts, such as headings by language: a member
   * given must not be blank.
   */
  public Map<String, String> textsByKey(String name, int maxLength) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be an object");
    }
    JsonFields inner = new JsonFields(value.asJsonObject(), path + name + ".");
    Map<String, String> members = new LinkedHashMap<>();
    value
        .asJsonObject()
        .keySet()
        .forEach(key -> members.put(key, inner.requiredText(key, maxLength)));
    return members;
  }

  /** An optional array field of objects; absent means empty. */
  public List<JsonFields> objects(String name, Set<String> allowed) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be an array");
    }
    List<JsonFields> items = new ArrayList<>();
    List<JsonValue> array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      items.add(object(name + "[" + i + "]", array.get(i), allowed));
    }
    return items;
  }

  /** An optional object field, read with its own allowed fields. */
  public Optional<JsonFields> optionalObject(String name, Set<String> allowed) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return Optional.of(object(name, value, allowed));
  }

  private JsonFields object(String name, JsonValue value, Set<String> allowed) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, path + name, "field '" + path + name + "' must be an object");
    }
    return checked(value.asJsonObject(), path + name + ".", allowed);
  }

  /** The full name of a field of this object, for error messages. */
  public String field(String name) {
    return path + name;
  }

  private DomainException invalid(ProblemCode code, String name, String problem) {
    return DomainException.invalid(code, path + name, "field '" + path + name + "' " + problem);
  }

  /** The problem of a field that must be given and was not. */
  public DomainException required(String name) {
    return invalid(ProblemCode.REQUIRED, name, "is required");
  }

  /** A text that must be given and hold more than white space. */
  public String requiredText(String name, int maxLength) {
    return optionalText(name, maxLength)
        .orElseThrow(() -> invalid(ProblemCode.REQUIRED, name, "is required and cannot be blank"));
  }

  /** A text that must be present but may be empty, such as a replacement that deletes a passage. */
  public String requiredTextAllowingEmpty(String name, int maxLength) {
    if (!body.containsKey(name) || body.isNull(name)) {
      throw required(name);
    }
    return text(name, maxLength);
  }

  /** A text that may be absent but, when given, must hold more than white space (a new title). */
  public Optional<String> optionalNonBlankText(String name, int maxLength) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return Optional.empty();
    }
    return Optional.of(requiredText(name, maxLength));
  }

  /** A text that may be absent, or given empty (a description cleared). */
  public Optional<String> optionalTextAllowingEmpty(String name, int maxLength) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return Optional.empty();
    }
    return Optional.of(text(name, maxLength));
  }

  public Optional<String> optionalText(String name, int maxLength) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return Optional.empty();
    }
    String value = text(name, maxLength);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** An optional array of distinct strings. */
  public Optional<List<String>> optionalTextList(String name, int maxLength) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return Optional.empty();
    }
    return Optional.of(requiredTextList(name, maxLength));
  }

  /**
   * An array of distinct strings, in the order given. Every list of strings the API takes
   * (languages, roles) is a set, so an entry given twice is a mistake to report rather than to fold
   * away.
   */
  public List<String> requiredTextList(String name, int maxLength) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be an array of strings");
    }
    Set<String> items = new LinkedHashSet<>();
    for (JsonValue item : value.asJsonArray()) {
      if (!(item instanceof JsonString string)) {
        throw invalid(ProblemCode.INVALID_FORMAT, name, "must hold strings");
      }
      if (string.getString().length() > maxLength) {
        throw invalid(ProblemCode.TOO_LONG, name, "holds a string longer than " + maxLength);
      }
      if (!items.add(string.getString())) {
        throw invalid(ProblemCode.INVALID, name, "lists '" + string.getString() + "' twice");
      }
    }
    return List.copyOf(items);
  }

  public Optional<Integer> optionalInt(String name, int min, int max) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be an integer");
    }
    long n = number.longValue();
    if (n < min || n > max) {
      throw invalid(ProblemCode.OUT_OF_RANGE, name, "must be between " + min + " and " + max);
    }
    return Optional.of((int) n);
  }

  public boolean requiredBoolean(String name) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw required(name);
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be true or false");
    }
    return value == JsonValue.TRUE;
  }

  public Optional<Boolean> optionalBoolean(String name) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return Optional.of(requiredBoolean(name));
  }

  public Instant requiredInstant(String name) {
    return optionalInstant(name).orElseThrow(() -> required(name));
  }

  /**
   * An optional instant in ISO 8601 with an offset, such as 2026-12-01T00:00:00Z, in the years
   * {@value #FIRST_YEAR} to {@value #LAST_YEAR}: a date far outside them is a typing slip, and
   * would break every screen that shows it.
   */
  public Optional<Instant> optionalInstant(String name) {
    Optional<OffsetDateTime> date;
    try {
      date = optionalText(name, 64).map(OffsetDateTime::parse);
    } catch (DateTimeParseException e) {
      throw invalid(
          ProblemCode.INVALID_FORMAT,
          name,
          "must be an instant with an offset, such as 2026-12-01T00:00:00Z");
    }
    int year = date.map(OffsetDateTime::getYear).orElse(FIRST_YEAR);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw invalid(
          ProblemCode.OUT_OF_RANGE,
          name,
          "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return date.map(OffsetDateTime::toInstant);
  }

  private String text(String name, int maxLength) {
    JsonValue value = body.get(name);
    if (!(value instanceof JsonString string)) {
      throw invalid(ProblemCode.INVALID_FORMAT, name, "must be a string");
    }
    if (string.getString().length() > maxLength) {
      throw invalid(ProblemCode.TOO_LONG, name, "is longer than " + maxLength + " characters");
    }
    return string.getString();
  }
}
