package org.consulta.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL side's table and indexes. Each language has a text search configuration of its
 * own, a copy of PostgreSQL's (spanish, english, portuguese, french) with {@code unaccent} before
 * the stemmer when the extension is there, so that "politica" finds "política" as in the engine.
 */
final class PostgresSchema {
  /** The stock configuration each language's own one copies. */
  static final Map<String, String> CONFIGURATIONS =
      Map.of("es", "spanish", "en", "english", "pt", "portuguese", "fr", "french");

  static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

  private PostgresSchema() {}

  /** The configuration a language's text is analysed with. */
  static String configuration(String lang) {
    return "bench_" + lang;
  }

  /** The column holding a language's vectors (null for rows in other languages). */
  static String vector(String lang) {
    return "tsv_" + lang;
  }

  /** Creates the table afresh; tells whether {@code unaccent} could be used. */
  static boolean create(Connection db) throws SQLException {
    boolean unaccent = unaccent(db);
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS provision");
      for (String lang : LANGUAGES) {
        String own = configuration(lang);
        String stock = CONFIGURATIONS.get(lang);
        sql.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS " + own);
        sql.execute("CREATE TEXT SEARCH CONFIGURATION " + own + " (COPY = " + stock + ")");
        if (unaccent) {
          sql.execute(
              "ALTER TEXT SEARCH CONFIGURATION "
                  + own
                  + " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, "
                  + stock
                  + "_stem");
        }
      }
      sql.execute(table());
    }
    return unaccent;
  }

  private static boolean unaccent(Connection db) {
    try (Statement sql = db.createStatement()) {
      sql.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
      return true;
    } catch (SQLException missing) {
      return false;
    }
  }

  private static String table() {
    var ddl =
        new StringBuilder(
            """
            CREATE TABLE provision (
              id text PRIMARY KEY,
              country text NOT NULL,
              lang text NOT NULL,
              instrument_id text NOT NULL,
              instrument_title text NOT NULL,
              instrument_short_title text,
              type text NOT NULL,
              number text,
              year integer,
              in_force boolean,
              label text NOT NULL,
              title text,
              heading text,
              text text NOT NULL,
              source_url text,
              licence text""");
    for (String lang : LANGUAGES) {
      ddl.append(",\n  ")
          .append(vector(lang))
          .append(" tsvector GENERATED ALWAYS AS (CASE WHEN lang = '")
          .append(lang)
          .append("' THEN ")
          .append(document(configuration(lang)))
          .append(" END) STORED");
    }
    return ddl.append(")").toString();
  }

  private static String document(String configuration) {
    String c = "'" + configuration + "'::regconfig";
    return "setweight(to_tsvector("
        + c
        + ", coalesce(title, '')), 'A') || setweight(to_tsvector("
        + c
        + ", coalesce(heading, '')), 'B') || setweight(to_tsvector("
        + c
        + ", text), 'C') || setweight(to_tsvector("
        + c
        + ", instrument_title || ' ' || coalesce(instrument_short_title, '')), 'D')";
  }

  /** The GIN index of each language's vectors, then fresh statistics for the planner. */
  static void index(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String lang : LANGUAGES) {
        sql.execute(
            "CREATE INDEX provision_"
                + vector(lang)
                + " ON provision USING gin ("
                + vector(lang)
                + ")");
      }
      sql.execute("VACUUM ANALYZE provision");
    }
  }
}
