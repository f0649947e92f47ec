package org.consulta.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One research question asked of both sides: the engine's query (Lucene's classic syntax) and the
 * same question for PostgreSQL ({@code websearch_to_tsquery} syntax: words, "phrases", {@code or},
 * {@code -word}), with the same filters given as the same query parameters.
 */
record ResearchQuery(
    String name, String kind, String lucene, String websearch, Map<String, String> filters) {

  ResearchQuery {
    filters = Map.copyOf(filters);
  }

  static ResearchQuery of(String name, String kind, String lucene, String websearch) {
    return new ResearchQuery(name, kind, lucene, websearch, Map.of());
  }

  ResearchQuery where(String parameter, String value) {
    Map<String, String> more = new HashMap<>(filters);
    more.put(parameter, value);
    return new ResearchQuery(name, kind, lucene, websearch, more);
  }

  /** The query and its filters, as the report shows it. */
  String label() {
    return filters.isEmpty() ? name : name + " " + new TreeMap<>(filters);
  }

  /** The query string of a search request, with {@code q} in the syntax of the side asked. */
  String parameters(String q, int limit) {
    var out = new StringBuilder("q=").append(encode(q)).append("&limit=").append(limit);
    new TreeMap<>(filters)
        .forEach((name, value) -> out.append('&').append(name).append('=').append(encode(value)));
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
