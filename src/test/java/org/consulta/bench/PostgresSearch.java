package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's search done by PostgreSQL: the top hits by {@code ts_rank}, with {@code ts_headline}
 * snippets of the text (two fragments) and of a matching title or heading for that page only; then
 * the total and the facet counts (country, language, type, in force, year ranges) over every match,
 * in one grouping-sets pass. Snippets are HTML-escaped with only {@code <mark>} as markup, as the
 * engine's are.
 */
final class PostgresSearch {
  /** Marks that cannot occur in legal text, turned into {@code <mark>} once the text is escaped. */
  private static final String START = "\u0002";

  private static final String STOP = "\u0003";
  private static final String SNIPPET_OPTIONS =
      "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
          + " || ', MaxFragments=2, MaxWords=35, MinWords=15, FragmentDelimiter=\" … \"'";
  private static final String FIELD_OPTIONS =
      "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true'";
  private static final String YEAR_RANGE =
      "CASE WHEN year IS NULL THEN NULL WHEN year < 1900 THEN 0 WHEN year < 1950 THEN 1"
          + " WHEN year < 1980 THEN 2 WHEN year < 2000 THEN 3 WHEN year < 2010 THEN 4"
          + " WHEN year < 2020 THEN 5 ELSE 6 END";
  static final String[] YEAR_LABELS = {
    "before 1900", "1900-1949", "1950-1979", "1980-1999", "2000-2009", "2010-2019", "2020 and after"
  };
  private static final String[] FACETS = {"country", "lang", "type", "inForce", "year"};

  private final PostgresRequest request;

  PostgresSearch(PostgresRequest request) {
    this.request = request;
  }

  JsonObject run(Connection db) throws SQLException {
    var result = Json.createObjectBuilder();
    JsonArrayBuilder hits = Json.createArrayBuilder();
    try (PreparedStatement page = db.prepareStatement(pageSql())) {
      int next = request.bind(page, 1);
      page.setInt(next, request.limit());
      page.setInt(next + 1, request.offset());
      try (ResultSet rows = page.executeQuery()) {
        while (rows.next()) {
          hits.add(hit(rows));
        }
      }
    }
    long total = facets(db, result);
    return result
        .add("total", total)
        .add("offset", request.offset())
        .add("limit", request.limit())
        .add("hits", hits)
        .build();
  }

  private String pageSql() {
    return "SELECT id, lang, label, title, heading, in_force, source_url, licence, instrument_id,"
        + " country, type, number, year, instrument_title, instrument_short_title, rank, "
        + request.byLanguage(q -> "ts_headline(%s, text, " + q + ", " + SNIPPET_OPTIONS + ")")
        + " AS snippet, "
        + request.byLanguage(q -> "ts_headline(%s, title, " + q + ", " + FIELD_OPTIONS + ")")
        + " AS title_match, "
        + request.byLanguage(q -> "ts_headline(%s, heading, " + q + ", " + FIELD_OPTIONS + ")")
        + " AS heading_match FROM (SELECT p.*, "
        + request.queryColumns()
        + ", "
        + request.byLanguage(q -> "ts_rank(%2$s, " + q + ")")
        + " AS rank FROM "
        + request.from()
        + " WHERE "
        + request.where()
        + " ORDER BY rank DESC, id LIMIT ? OFFSET ?) top ORDER BY rank DESC, id";
  }

  private static JsonObject hit(ResultSet row) throws SQLException {
    var instrument =
        Json.createObjectBuilder()
            .add("id", row.getString("instrument_id"))
            .add("country", row.getString("country"))
            .add("type", row.getString("type"));
    nullable(instrument, "number", row.getString("number"));
    int year = row.getInt("year");
    if (!row.wasNull()) {
      instrument.add("year", year);
    }
    instrument.add("lang", row.getString("lang")).add("title", row.getString("instrument_title"));
    nullable(instrument, "shortTitle", row.getString("instrument_short_title"));
    var hit =
        Json.createObjectBuilder()
            .add("id", row.getString("id"))
            .add("lang", row.getString("lang"))
            .add("label", row.getString("label"));
    nullable(hit, "title", row.getString("title"));
    nullable(hit, "heading", row.getString("heading"));
    boolean inForce = row.getBoolean("in_force");
    if (!row.wasNull()) {
      hit.add("inForce", inForce);
    }
    nullable(hit, "sourceUrl", row.getString("source_url"));
    nullable(hit, "licence", row.getString("licence"));
    hit.add("instrument", instrument).add("snippet", html(row.getString("snippet")));
    nullable(hit, "titleMatch", marked(row.getString("title_match")));
    nullable(hit, "headingMatch", marked(row.getString("heading_match")));
    return hit.add("score", row.getFloat("rank")).build();
  }

  /** Counts every match once per facet; returns the total, the count of the empty grouping set. */
  private long facets(Connection db, JsonObjectBuilder result) throws SQLException {
    String sql =
        "SELECT GROUPING(country, lang, type, in_force, years) AS g, country, lang, type,"
            + " in_force, years, count(*) FROM (SELECT country, lang, type, in_force, "
            + YEAR_RANGE
            + " AS years FROM "
            + request.from()
            + " WHERE "
            + request.where()
            + ") matches GROUP BY GROUPING SETS ((country), (lang), (type), (in_force), (years), ())"
            + " ORDER BY count(*) DESC";
    List<List<String[]>> counts = new ArrayList<>();
    for (int i = 0; i < FACETS.length; i++) {
      counts.add(new ArrayList<>());
    }
    long total = 0;
    try (PreparedStatement facets = db.prepareStatement(sql)) {
      request.bind(facets, 1);
      try (ResultSet rows = facets.executeQuery()) {
        while (rows.next()) {
          int grouped = Integer.numberOfLeadingZeros(~rows.getInt("g") & 0b11111) - 27;
          long count = rows.getLong(7);
          if (grouped == FACETS.length) {
            total = count;
          } else {
            String value = facetValue(grouped, rows);
            if (value != null) {
              counts.get(grouped).add(new String[] {value, Long.toString(count)});
            }
          }
        }
      }
    }
    var facets = Json.createObjectBuilder();
    for (int i = 0; i < FACETS.length; i++) {
      var values = Json.createArrayBuilder();
      counts
          .get(i)
          .forEach(
              c ->
                  values.add(
                      Json.createObjectBuilder()
                          .add("value", c[0])
                          .add("count", Long.parseLong(c[1]))));
      facets.add(FACETS[i], values);
    }
    result.add("facets", facets);
    return total;
  }

  /** The value of the facet a grouping-set row counts: the one column that is grouped. */
  private static String facetValue(int facet, ResultSet row) throws SQLException {
    return switch (facet) {
      case 0, 1, 2 -> row.getString(facet + 2);
      case 3 -> {
        boolean inForce = row.getBoolean(5);
        yield row.wasNull() ? "unknown" : Boolean.toString(inForce);
      }
      default -> {
        int range = row.getInt(6);
        yield row.wasNull() ? null : YEAR_LABELS[range];
      }
    };
  }

  private static void nullable(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  private static String marked(String snippet) {
    return snippet != null && snippet.contains(START) ? html(snippet) : null;
  }

  private static String html(String snippet) {
    if (snippet == null) {
      return null;
    }
    return snippet
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace(START, "<mark>")
        .replace(STOP, "</mark>");
  }
}
