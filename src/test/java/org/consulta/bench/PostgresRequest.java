package org.consulta.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of a search as the engine takes them ({@code q}, {@code lang}, {@code country},
 * {@code type}, {@code inForce}, {@code yearFrom}, {@code yearTo}, {@code offset}, {@code limit}),
 * turned into the pieces of SQL that {@link PostgresSearch} assembles: one {@code
 * websearch_to_tsquery} per language in scope, matched against that language's vectors.
 */
final class PostgresRequest {
  private final String q;
  private final List<String> languages;
  private final List<String> countries;
  private final List<String> types;
  private final List<String> inForce;
  private final Integer yearFrom;
  private final Integer yearTo;
  private final int offset;
  private final int limit;

  private PostgresRequest(Map<String, String> params) {
    q = params.getOrDefault("q", "");
    List<String> asked = values(params, "lang");
    languages = asked.isEmpty() ? PostgresSchema.LANGUAGES : asked;
    for (String lang : languages) {
      if (!PostgresSchema.LANGUAGES.contains(lang)) {
        throw new IllegalArgumentException("lang: unknown language " + lang);
      }
    }
    countries = values(params, "country").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
    types = values(params, "type");
    inForce = values(params, "inForce");
    yearFrom = number(params, "yearFrom", null);
    yearTo = number(params, "yearTo", null);
    offset = number(params, "offset", 0);
    limit = Math.min(100, number(params, "limit", 20));
  }

  static PostgresRequest parse(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return new PostgresRequest(params);
  }

  int offset() {
    return offset;
  }

  int limit() {
    return limit;
  }

  /** The table and one parsed query per language: {@code q_es}, {@code q_en}… */
  String from() {
    var from = new StringBuilder("provision p");
    for (String lang : languages) {
      from.append(", websearch_to_tsquery('")
          .append(PostgresSchema.configuration(lang))
          .append("', ?) q_")
          .append(lang);
    }
    return from.toString();
  }

  /** The row matches in its own language, and passes every filter. */
  String where() {
    var where = new StringBuilder("(");
    for (String lang : languages) {
      if (where.length() > 1) {
        where.append(" OR ");
      }
      where.append("p.").append(PostgresSchema.vector(lang)).append(" @@ q_").append(lang);
    }
    where.append(")");
    if (!countries.isEmpty()) {
      where.append(" AND p.country = ANY(?)");
    }
    if (!types.isEmpty()) {
      where.append(" AND p.type = ANY(?)");
    }
    if (!inForce.isEmpty()) {
      where.append(" AND (p.in_force = ANY(?)");
      where.append(inForce.contains("unknown") ? " OR p.in_force IS NULL)" : ")");
    }
    if (yearFrom != null) {
      where.append(" AND p.year >= ?");
    }
    if (yearTo != null) {
      where.append(" AND p.year <= ?");
    }
    return where.toString();
  }

  /**
   * An expression per row's language: {@code expression} gets the name of the language's parsed
   * query and is formatted with its configuration ({@code %1$s}) and vector column ({@code %2$s}).
   */
  String byLanguage(Function<String, String> expression) {
    if (languages.size() == 1) {
      return one(languages.get(0), expression);
    }
    var cases = new StringBuilder("CASE lang");
    for (String lang : languages) {
      cases.append(" WHEN '").append(lang).append("' THEN ").append(one(lang, expression));
    }
    return cases.append(" END").toString();
  }

  private static String one(String lang, Function<String, String> expression) {
    return String.format(
        expression.apply("q_" + lang),
        "'" + PostgresSchema.configuration(lang) + "'::regconfig",
        PostgresSchema.vector(lang));
  }

  /** The parsed queries' columns, for a subquery to hand on. */
  String queryColumns() {
    return String.join(", ", languages.stream().map(lang -> "q_" + lang).toList());
  }

  /** Binds the parameters of {@link #from()} then {@link #where()}; returns the next index. */
  int bind(PreparedStatement statement, int first) throws SQLException {
    int i = first;
    for (int n = 0; n < languages.size(); n++) {
      statement.setString(i++, q);
    }
    var connection = statement.getConnection();
    if (!countries.isEmpty()) {
      statement.setArray(i++, connection.createArrayOf("text", countries.toArray()));
    }
    if (!types.isEmpty()) {
      statement.setArray(i++, connection.createArrayOf("text", types.toArray()));
    }
    if (!inForce.isEmpty()) {
      List<Boolean> known = new ArrayList<>();
      inForce.stream()
          .filter(v -> !v.equals("unknown"))
          .forEach(v -> known.add(Boolean.valueOf(v)));
      statement.setArray(i++, connection.createArrayOf("boolean", known.toArray()));
    }
    if (yearFrom != null) {
      statement.setInt(i++, yearFrom);
    }
    if (yearTo != null) {
      statement.setInt(i++, yearTo);
    }
    return i;
  }

  private static List<String> values(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.split(",")).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  private static Integer number(Map<String, String> params, String name, Integer otherwise) {
    String value = params.get(name);
    try {
      return value == null || value.isBlank() ? otherwise : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number");
    }
  }
}
