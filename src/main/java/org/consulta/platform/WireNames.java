package org.consulta.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants as they appear in the API: lower case, such as {@code civil_society}. */
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> constant) {
    return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(value)) {
        return constant;
      }
    }
    throw DomainException.invalid(
        ProblemCode.INVALID_FORMAT,
        field,
        "unknown " + field + " '" + value + "' (" + choices(type) + ")");
  }

  private static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireNames::of)
        .collect(Collectors.joining(", "));
  }
}
