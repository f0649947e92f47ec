package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;

/**
 * The corpus in PostgreSQL, the way one would build full-text search there: one table, a stored
 * {@code tsvector} per language computed with that language's text search configuration (title,
 * heading, text and instrument titles weighted A to D), and a GIN index on each. Loaded with {@code
 * COPY}, a single stream of records as the engine's import is.
 */
final class PostgresCorpus {
  /** Rows per COPY command. */
  private static final int BATCH = 2000;

  private static final String[] COLUMNS = {
    "id",
    "country",
    "lang",
    "instrument_id",
    "instrument_title",
    "instrument_short_title",
    "type",
    "number",
    "year",
    "in_force",
    "label",
    "title",
    "heading",
    "text",
    "source_url",
    "licence"
  };
  private static final String[] FIELDS = {
    "id",
    "country",
    "language",
    "instrument_id",
    "instrument_title",
    "instrument_short_title",
    "instrument_type",
    "instrument_number",
    "year",
    "in_force",
    "provision_label",
    "provision_title",
    "heading",
    "text",
    "source_url",
    "licence"
  };

  /** What loading took and what it left on disk. */
  record LoadFigures(
      long provisions,
      double copySeconds,
      double indexSeconds,
      long tableBytes,
      long indexBytes,
      long databaseBytes,
      boolean unaccent) {
    double rate() {
      return provisions / (copySeconds + indexSeconds);
    }

    JsonObject json() {
      return Json.createObjectBuilder()
          .add("provisions", provisions)
          .add("copySeconds", copySeconds)
          .add("indexSeconds", indexSeconds)
          .add("provisionsPerSecond", Math.round(rate()))
          .add("tableBytes", tableBytes)
          .add("ginIndexBytes", indexBytes)
          .add("databaseBytes", databaseBytes)
          .add("unaccent", unaccent)
          .build();
    }
  }

  private PostgresCorpus() {}

  static LoadFigures load(Connection db, Path corpus) throws IOException, SQLException {
    boolean unaccent = PostgresSchema.create(db);
    long start = System.nanoTime();
    long rows = copy(db, corpus);
    double copySeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    PostgresSchema.index(db);
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    try (Statement sql = db.createStatement();
        var sizes =
            sql.executeQuery(
                "SELECT pg_table_size('provision'), pg_indexes_size('provision'),"
                    + " pg_database_size(current_database())")) {
      sizes.next();
      return new LoadFigures(
          rows,
          copySeconds,
          indexSeconds,
          sizes.getLong(1),
          sizes.getLong(2),
          sizes.getLong(3),
          unaccent);
    }
  }

  private static long copy(Connection db, Path corpus) throws IOException, SQLException {
    String copy = "COPY provision (" + String.join(", ", COLUMNS) + ") FROM STDIN (FORMAT csv)";
    var copier = db.unwrap(PGConnection.class).getCopyAPI();
    long rows = 0;
    try (var lines =
        new BufferedReader(new InputStreamReader(open(corpus), StandardCharsets.UTF_8))) {
      var csv = new StringBuilder();
      int inBatch = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        row(csv, line);
        rows++;
        if (++inBatch == BATCH) {
          copier.copyIn(copy, new StringReader(csv.toString()));
          csv.setLength(0);
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        copier.copyIn(copy, new StringReader(csv.toString()));
      }
    }
    return rows;
  }

  private static InputStream open(Path corpus) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    return corpus.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** One record as a CSV row: every value quoted, an unquoted empty field for null. */
  private static void row(StringBuilder csv, String line) {
    JsonObject record;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      record = reader.readObject();
    }
    for (int i = 0; i < FIELDS.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      JsonValue value = record.get(FIELDS[i]);
      switch (value == null ? JsonValue.ValueType.NULL : value.getValueType()) {
        case NULL -> {}
        case STRING ->
            csv.append('"').append(record.getString(FIELDS[i]).replace("\"", "\"\"")).append('"');
        default -> csv.append(value);
      }
    }
    csv.append('\n');
  }
}
