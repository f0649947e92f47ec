package org.consulta.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * Benchmarks the engine's legislation search against PostgreSQL full-text search on the full shared
 * corpus: imports it into a running engine and loads it into PostgreSQL (rates and sizes), then
 * asks both the same mixed query set over HTTP, with snippets and facets on both sides, and
 * compares latency (median, p99), throughput and hit counts. See {@link LegislationOptions#USAGE}.
 */
public final class LegislationBenchmark {
  private LegislationBenchmark() {}

  public static void main(String[] args) throws Exception {
    LegislationOptions options;
    try {
      options = LegislationOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (!Files.isReadable(options.corpus())) {
      System.err.println("cannot read the corpus " + options.corpus());
      System.exit(2);
    }
    var admin = new ConsultaApi(options.url());
    admin.logIn("admin", options.password());
    CorpusImport.ImportFigures imported = null;
    if (options.importCorpus()) {
      System.err.println("Importing " + options.corpus() + " into the engine");
      imported = CorpusImport.run(admin, options.corpus(), options.dataDir());
      System.err.printf("  %.1f s%n", imported.searchableSeconds());
    }
    EmbeddedPostgres embedded = options.postgresUrl() == null ? startPostgres() : null;
    String jdbcUrl =
        embedded == null ? options.postgresUrl() : embedded.getJdbcUrl("postgres", "postgres");
    try {
      PostgresCorpus.LoadFigures loaded;
      String version;
      try (Connection db = PostgresSearchServer.connect(jdbcUrl)) {
        version = db.getMetaData().getDatabaseProductVersion();
        System.err.println("Loading the corpus into PostgreSQL " + version);
        loaded = PostgresCorpus.load(db, options.corpus());
        System.err.printf("  %.1f s%n", loaded.copySeconds() + loaded.indexSeconds());
      }
      List<ResearchQuery> queries = ResearchQueries.all();
      String loadBefore = LegislationSummary.loadAverage();
      var consulta =
          new SearchSide(
              "Consulta",
              admin.api().resolve("legislation/search"),
              true,
              options.expand() ? "" : "&expand=false");
      SearchSide postgres;
      try (var server = PostgresSearchServer.start(jdbcUrl, options.threads())) {
        postgres = new SearchSide("PostgreSQL", server.uri().resolve("search"), false, "");
        System.err.printf(
            "Asking %d queries, %d warm-up and %d measured passes per side, %d threads%n",
            queries.size(), options.warmups(), options.passes(), options.threads());
        new SearchLoad(queries, options.limit(), options.threads())
            .run(List.of(consulta, postgres), options.warmups(), options.passes(), options.seed());
      }
      var summary =
          new LegislationSummary(
              options,
              imported,
              loaded,
              version,
              embedded != null,
              queries,
              consulta,
              postgres,
              loadBefore,
              LegislationSummary.loadAverage());
      summary.print(System.out);
      summary.write(options.output());
      System.out.println("Written " + options.output().toAbsolutePath());
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * PostgreSQL 17 in a folder of its own, given memory as a server of this size would be: the table
   * and its indexes fit in shared buffers; JIT off, as it only slows short queries.
   */
  private static EmbeddedPostgres startPostgres() throws java.io.IOException {
    Path dir = Files.createTempDirectory("legislation-bench-pg");
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(true)
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("effective_cache_size", "4GB")
        .setServerConfig("work_mem", "64MB")
        .setServerConfig("maintenance_work_mem", "1GB")
        .setServerConfig("max_wal_size", "4GB")
        .setServerConfig("jit", "off")
        .start();
  }
}
