package org.consulta.bench;

import jakarta.json.Json;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Times the report of a round already in a running engine, in every format: the report half of
 * {@link ConsultationBenchmark}, to measure a change to the report without loading a round again.
 */
public final class ReportBenchmark {
  private static final String USAGE =
      """
      usage: ReportBenchmark --url URL --password PW --round ID [--lang es] [--runs 3]
          [--formats json,csv,html,pdf,docx] [--engine-pid PID] [--output target/bench/report.json]
      --engine-pid, the engine JVM's process id on this machine, samples its heap with jstat and
      reads the CPU time it spends on each request.""";

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--round",
                "--lang",
                "--formats",
                "--runs",
                "--engine-pid",
                "--output"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    long round = line.number("--round", 0);
    long pid = line.number("--engine-pid", 0);
    if (password == null || round <= 0) {
      System.err.println(USAGE);
      System.exit(2);
    }
    var admin = new ConsultaApi(line.uri("--url", URI.create("http://localhost:8080")));
    admin.logIn("admin", password);
    String lang = line.text("--lang", "es");
    List<String> formats = line.flag("--formats") ? line.list("--formats") : ReportTiming.FORMATS;
    ReportTiming timing;
    try (HeapSampler heap = pid > 0 ? HeapSampler.start(pid) : null) {
      timing =
          ReportTiming.measure(
              admin,
              round,
              lang,
              formats,
              line.atLeast("--runs", 3, 1),
              heap,
              pid > 0 ? pid : null);
    }
    System.out.println("Report of round " + round + " (lang " + lang + "; heap in MB):");
    timing.formats.forEach(f -> System.out.println("  " + ConsultationSummary.reportLine(f)));
    Path output = line.path("--output", Path.of("target/bench/report.json"));
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (var writer = Json.createWriter(Files.newBufferedWriter(output))) {
      writer.write(timing.json());
    }
    System.out.println("Written " + output.toAbsolutePath());
  }
}
