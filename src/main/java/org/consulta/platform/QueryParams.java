package org.consulta.platform;

/**
 * Parses query parameters by hand: JAX-RS answers a bad numeric parameter with 404, which would
 * tell the caller nothing about which parameter was wrong.
 */
public final class QueryParams {
  private QueryParams() {}

  public static int requiredPositive(String name, String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(name, "query parameter '" + name + "' is required");
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the parameter's name
    }
    throw DomainException.invalid(
        name, "query parameter '" + name + "' must be a positive integer");
  }

  /** Either {@code json} (the default) or {@code html}. */
  public static boolean wantsHtml(String format) {
    if (format == null || format.isBlank() || format.equals("json")) {
      return false;
    }
    if (format.equals("html")) {
      return true;
    }
    throw DomainException.invalid("format", "format is 'json' or 'html'");
  }
}
