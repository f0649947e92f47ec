package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The figures of one legislation benchmark run, as a table for people and as JSON for tools. */
record LegislationSummary(
    LegislationOptions options,
    CorpusImport.ImportFigures imported,
    PostgresCorpus.LoadFigures loaded,
    String postgresVersion,
    boolean embedded,
    List<ResearchQuery> queries,
    SearchSide consulta,
    SearchSide postgres,
    String loadBefore,
    String loadAfter) {

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  void print(PrintStream out) {
    if (imported != null) {
      out.printf(
          "Consulta import: %d provisions in %.1f s (searchable), %.0f provisions/s;"
              + " database %s, index %s%n",
          imported.provisions(),
          imported.searchableSeconds(),
          imported.rate(),
          mb(imported.databaseBytes()),
          mb(imported.indexBytes()));
    }
    out.printf(
        "PostgreSQL %s load: %d provisions, COPY %.1f s + GIN %.1f s, %.0f provisions/s;"
            + " table %s, GIN indexes %s, database %s; unaccent %s%n",
        postgresVersion,
        loaded.provisions(),
        loaded.copySeconds(),
        loaded.indexSeconds(),
        loaded.rate(),
        mb(loaded.tableBytes()),
        mb(loaded.indexBytes()),
        mb(loaded.databaseBytes()),
        loaded.unaccent() ? "used" : "NOT available");
    out.printf(
        "Search: %d queries x %d passes per side, %d client threads, page of %d with snippets"
            + " and facets; thesaurus expansion %s; load average %s -> %s%n",
        queries.size(),
        options.passes(),
        options.threads(),
        options.limit(),
        options.expand() ? "on" : "off",
        loadBefore,
        loadAfter);
    out.printf("%-12s %10s %10s %10s %12s%n", "side", "median ms", "p99 ms", "max ms", "queries/s");
    for (SearchSide side : List.of(consulta, postgres)) {
      out.printf(
          "%-12s %10.2f %10.2f %10.2f %12.1f%n",
          side.name(),
          side.latency.median(),
          side.latency.p99(),
          side.latency.max(),
          side.throughput());
    }
    out.printf(
        "PostgreSQL / Consulta: median x%.1f, p99 x%.1f, throughput x%.1f (Consulta's over PostgreSQL's)%n",
        postgres.latency.median() / consulta.latency.median(),
        postgres.latency.p99() / consulta.latency.p99(),
        consulta.throughput() / postgres.throughput());
    out.printf("%-58s %9s %9s %9s %9s%n", "query", "C hits", "PG hits", "C med", "PG med");
    for (ResearchQuery q : queries) {
      out.printf(
          "%-58s %9s %9s %9.2f %9.2f%n",
          q.label().length() > 58 ? q.label().substring(0, 57) + "…" : q.label(),
          consulta.totals.getOrDefault(q, -1L),
          postgres.totals.getOrDefault(q, -1L),
          median(consulta, q),
          median(postgres, q));
    }
    for (SearchSide side : List.of(consulta, postgres)) {
      if (side.failures > 0) {
        out.printf(
            "%s: %d failed requests, first: %s%n", side.name(), side.failures, side.firstFailure);
      }
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var perQuery = Json.createArrayBuilder();
    for (ResearchQuery q : queries) {
      perQuery.add(
          Json.createObjectBuilder()
              .add("query", q.label())
              .add("kind", q.kind())
              .add("lucene", q.lucene())
              .add("websearch", q.websearch())
              .add("consultaRequest", q.parameters(q.lucene(), options.limit()))
              .add("consultaTotal", consulta.totals.getOrDefault(q, -1L))
              .add("postgresTotal", postgres.totals.getOrDefault(q, -1L))
              .add("consulta", percentiles(consulta, q))
              .add("postgres", percentiles(postgres, q)));
    }
    var report =
        Json.createObjectBuilder()
            .add("measuredAt", Instant.now().toString())
            .add("engine", options.url().toString())
            .add("corpus", options.corpus().toString())
            .add("machine", machine())
            .add("postgres", postgresSettings())
            .add(
                "consultaImport",
                imported == null ? Json.createObjectBuilder().build() : imported.json())
            .add("postgresLoad", loaded.json())
            .add(
                "search",
                Json.createObjectBuilder()
                    .add("queries", queries.size())
                    .add("warmupPasses", options.warmups())
                    .add("measuredPasses", options.passes())
                    .add("threads", options.threads())
                    .add("thesaurusExpansion", options.expand())
                    .add("pageSize", options.limit())
                    .add("consulta", side(consulta))
                    .add("postgres", side(postgres))
                    .add("p99Ratio", postgres.latency.p99() / consulta.latency.p99())
                    .add("medianRatio", postgres.latency.median() / consulta.latency.median())
                    .add("throughputRatio", consulta.throughput() / postgres.throughput()))
            .add("perQuery", perQuery)
            .build();
    JsonWriterFactory pretty =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      pretty.createWriter(out).write(report);
    }
  }

  private JsonObject machine() {
    return Json.createObjectBuilder()
        .add("processors", Runtime.getRuntime().availableProcessors())
        .add("loadAverageBefore", loadBefore)
        .add("loadAverageAfter", loadAfter)
        .add("clientJava", System.getProperty("java.version"))
        .build();
  }

  private JsonObject postgresSettings() {
    JsonObjectBuilder o =
        Json.createObjectBuilder().add("version", postgresVersion).add("embedded", embedded);
    if (embedded) {
      o.add(
          "settings",
          "shared_buffers=1GB effective_cache_size=4GB work_mem=64MB maintenance_work_mem=1GB"
              + " jit=off");
    }
    return o.build();
  }

  private static JsonObject side(SearchSide side) {
    return Json.createObjectBuilder()
        .add("latency", side.latency.json())
        .add("queriesPerSecond", Math.round(side.throughput() * 10) / 10.0)
        .add("failures", side.failures)
        .build();
  }

  private static JsonObject percentiles(SearchSide side, ResearchQuery q) {
    Percentiles p = side.perQuery.get(q);
    return p == null ? Json.createObjectBuilder().build() : p.json();
  }

  private static double median(SearchSide side, ResearchQuery q) {
    Percentiles p = side.perQuery.get(q);
    return p == null ? Double.NaN : p.median();
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "?" : String.format("%.1f MB", bytes / 1e6);
  }
}
