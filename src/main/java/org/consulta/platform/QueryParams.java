package org.consulta.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Parses query parameters by hand: JAX-RS answers a bad numeric parameter with 404, which would
 * tell the caller nothing about which parameter was wrong.
 */
public final class QueryParams {
  private QueryParams() {}

  public static int requiredPositive(String name, String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(
          ProblemCode.REQUIRED, name, "query parameter '" + name + "' is required");
    }
    OptionalInt n = within(value, 1, Integer.MAX_VALUE);
    if (n.isPresent()) {
      return n.getAsInt();
    }
    throw DomainException.invalid(
        ProblemCode.INVALID_FORMAT,
        name,
        "query parameter '" + name + "' must be a positive integer");
  }

  /** An optional integer parameter within {@code [min, max]}, or {@code fallback} when absent. */
  public static int optionalInt(String name, String value, int min, int max, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    OptionalInt n = within(value, min, max);
    if (n.isPresent()) {
      return n.getAsInt();
    }
    throw DomainException.invalid(
        ProblemCode.INVALID_FORMAT,
        name,
        "query parameter '" + name + "' must be an integer from " + min + " to " + max);
  }

  /**
   * The value as an integer in {@code [min, max]}; empty when it is not one, for the caller to
   * name.
   */
  private static OptionalInt within(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      return n >= min && n <= max ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The answer in the representation {@code format} asks for: the entity as JSON (the default), or
   * the HTML that {@code html} renders from it.
   */
  public static <T> Response jsonOrHtml(String format, T entity, Function<T, String> html) {
    return wantsHtml(format)
        ? Response.ok(html.apply(entity), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
        : Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Whether {@code format} asks for HTML rather than JSON (the default); else 400. */
  public static boolean wantsHtml(String format) {
    if (format == null || format.isBlank() || format.equals("json")) {
      return false;
    }
    if (format.equals("html")) {
      return true;
    }
    throw DomainException.invalid(
        ProblemCode.INVALID_FORMAT, "format", "format is 'json' or 'html'");
  }
}
