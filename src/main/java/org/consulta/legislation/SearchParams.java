package org.consulta.legislation;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;
import org.consulta.platform.WireNames;

/**
 * Reads the query parameters of a legislation search. Filters take several values, comma-separated
 * or repeated ({@code lang=es,pt}); an unknown parameter is refused by name rather than ignored.
 */
public final class SearchParams {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;
  private static final Set<String> KNOWN =
      Set.of(
          "q",
          "lang",
          "country",
          "type",
          "inForce",
          "yearFrom",
          "yearTo",
          "sort",
          "offset",
          "limit",
          "expand");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private SearchParams() {}

  public static LegislationQuery read(MultivaluedMap<String, String> params) {
    refuseUnknown(params, KNOWN);
    Integer from = year("yearFrom", params.getFirst("yearFrom"));
    Integer to = year("yearTo", params.getFirst("yearTo"));
    if (from != null && to != null && from > to) {
      throw DomainException.invalid("yearTo", "yearTo is before yearFrom");
    }
    String sort = params.getFirst("sort");
    return new LegislationQuery(
        params.getFirst("q"),
        values(params, "lang", code -> Language.parse("lang", code)),
        values(params, "country", SearchParams::country),
        values(params, "type", name -> WireNames.parse(InstrumentType.class, "type", name)),
        values(params, "inForce", SearchParams::inForce),
        from,
        to,
        sort == null ? SearchSort.RELEVANCE : WireNames.parse(SearchSort.class, "sort", sort),
        QueryParams.optionalInt("offset", params.getFirst("offset"), 0, MAX_OFFSET, 0),
        QueryParams.optionalInt("limit", params.getFirst("limit"), 0, MAX_LIMIT, 20),
        expand(params.getFirst("expand")));
  }

  static void refuseUnknown(MultivaluedMap<String, String> params, Set<String> known) {
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw DomainException.invalid(name, "unknown query parameter '" + name + "'");
      }
    }
  }

  /**
   * The values of a filter, comma-separated or repeated, each parsed (and checked) once. A filter
   * is a set: a value given twice is refused.
   */
  public static <T> Set<T> values(
      MultivaluedMap<String, String> params, String name, Function<String, T> parse) {
    Set<T> values = new LinkedHashSet<>();
    for (String value : params.getOrDefault(name, List.of())) {
      for (String one : value.split(",")) {
        if (!one.isBlank() && !values.add(parse.apply(one.trim()))) {
          throw DomainException.invalid(name, name + " lists '" + one.trim() + "' twice");
        }
      }
    }
    return values;
  }

  static String country(String code) {
    if (!COUNTRY.matcher(code).matches()) {
      throw DomainException.invalid("country", "country is an ISO 3166 code such as CL");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static String inForce(String value) {
    if (!Set.of("true", "false", ProvisionDocument.UNKNOWN).contains(value)) {
      throw DomainException.invalid("inForce", "inForce is true, false or unknown");
    }
    return value;
  }

  private static boolean expand(String value) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw DomainException.invalid("expand", "expand is true or false");
  }

  private static Integer year(String name, String value) {
    return value == null || value.isBlank()
        ? null
        : QueryParams.optionalInt(name, value, 0, 9999, 0);
  }
}
