package org.consulta.bench;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmarks a consultation round at scale through the HTTP API of a running engine: imports a
 * registry of organisations, holds meetings on the round, loads a hundred thousand contributions on
 * one law (comments and suggestions by participants, a share recorded at the meetings) while its
 * articles are revised hundreds of times, then times re-anchoring every comment (one more edit per
 * article, against the same edit on a copy of the law without comments) and building the round's
 * report in every format, with the engine's heap while each builds; finally carries passages in
 * this process to separate the anchoring algorithm's cost from the database's. See {@link
 * ConsultationOptions#USAGE} for the command line.
 */
public final class ConsultationBenchmark {
  private ConsultationBenchmark() {}

  public static void main(String[] args) throws Exception {
    ConsultationOptions options;
    try {
      options = ConsultationOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.enginePid() != null) {
      // Checked before the long load, so that a wrong pid stops the run at once.
      try {
        HeapSampler.start(options.enginePid()).close();
      } catch (IllegalStateException e) {
        System.err.println(e.getMessage());
        System.exit(2);
        return;
      }
    }
    var admin = new ConsultaApi(options.url());
    admin.logIn("admin", options.password());
    // One suffix per run, so a rerun against the same database creates new laws and participants.
    String run = Long.toString(System.currentTimeMillis(), 36);
    var random = new Random(options.seed());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      System.err.printf(
          "Setting up law %s copies, %d organisations, %d participants and %d meetings%n",
          options.law(), options.organisations(), options.participants(), options.meetings());
      var round = new ConsultationSetup(admin, options, run).prepare(pool);
      System.err.printf(
          "Loading round %d: %d comments, %d revisions, %d threads%n",
          round.id(), options.comments(), options.revisions(), options.threads());
      var load =
          new CommentLoad(
              admin, round, options.comments(), options.revisions(), options.meetingShare());
      LoadFigures loaded = load.run(pool, options.threads(), options.seed());
      System.err.printf("  %.1f s; reading the anchor states%n", loaded.seconds);
      var report = admin.get("consultations/" + round.id() + "/report?format=json");
      ReportCounts afterLoad = report.ok() ? ReportCounts.of(report.body()) : null;
      System.err.println("Editing every article once more");
      var reanchor = ReanchorMeasurement.run(admin, round, load, random);
      System.err.println("Timing the report in every format");
      ReportTiming reports;
      try (HeapSampler heap =
          options.enginePid() == null ? null : HeapSampler.start(options.enginePid())) {
        reports =
            ReportTiming.measure(
                admin,
                round.id(),
                ConsultationSetup.LANG,
                ReportTiming.FORMATS,
                options.reportRuns(),
                heap,
                options.enginePid());
      }
      System.err.println("Carrying passages in process");
      var carrier = CarrierMicrobenchmark.run(round.articles(), options.carrierPassages(), random);
      var summary =
          new ConsultationSummary(
              options, round, loaded, afterLoad, reanchor, reports, carrier, admin.failures());
      summary.print(System.out);
      summary.write(options.output());
      System.out.println("Written " + options.output().toAbsolutePath());
    } finally {
      pool.shutdownNow();
    }
  }
}
