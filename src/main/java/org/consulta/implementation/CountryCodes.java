package org.consulta.implementation;

import java.util.Locale;
import java.util.Set;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/** ISO 3166 country codes as the map takes them, and their names in the reader's language. */
final class CountryCodes {
  private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

  private CountryCodes() {}

  /** The code in upper case; a code that names no country is refused, naming {@code field}. */
  static String parse(String field, String code) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid(ProblemCode.REQUIRED, field, field + " is required");
    }
    String upper = code.toUpperCase(Locale.ROOT);
    if (!KNOWN.contains(upper)) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT,
          field,
          field + " '" + code + "' is not an ISO 3166 country code such as CL");
    }
    return upper;
  }

  /** The country's name in {@code lang}, from the JDK's locale data. */
  static String name(String code, Language lang) {
    return new Locale("", code).getDisplayCountry(new Locale(lang.name()));
  }
}
