package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** The command line of {@link ConsultationBenchmark}, as {@code --name value} pairs. */
record ConsultationOptions(
    URI url,
    String password,
    String law,
    int comments,
    int revisions,
    int participants,
    int organisations,
    int meetings,
    double meetingShare,
    Long enginePid,
    int threads,
    int reportRuns,
    int carrierPassages,
    long seed,
    Path output) {

  static final String USAGE =
      """
      ConsultationBenchmark [--url http://localhost:8080] --password ADMIN_PASSWORD
          [--law parity] [--comments 100000] [--revisions 500] [--participants 200]
          [--organisations 1300] [--meetings 10] [--meeting-share 0.1] [--engine-pid PID]
          [--threads 4] [--report-runs 3] [--carrier-passages 5000] [--seed 20260101]
          [--output target/bench/consultation.json]
      The password may instead be given in CONSULTA_ADMIN_PASSWORD. --meeting-share is the share of
      the contributions a rapporteur records at the meetings; --engine-pid, the engine JVM's process
      id on this machine, samples its heap with jstat while each report format builds.""";

  static ConsultationOptions parse(String[] args) {
    var line =
        new CommandLine(
            args,
            Set.of(
                "--url",
                "--password",
                "--law",
                "--comments",
                "--revisions",
                "--participants",
                "--organisations",
                "--meetings",
                "--meeting-share",
                "--engine-pid",
                "--threads",
                "--report-runs",
                "--carrier-passages",
                "--seed",
                "--output"),
            USAGE);
    String password = line.text("--password", System.getenv("CONSULTA_ADMIN_PASSWORD"));
    if (password == null || password.isBlank()) {
      throw line.problem("the admin password is needed");
    }
    int comments = line.atLeast("--comments", 100_000, 0);
    int revisions = line.atLeast("--revisions", 500, 0);
    if (revisions > comments) {
      throw line.problem("revisions are interleaved with comments: at most one per comment");
    }
    int meetings = line.atLeast("--meetings", 10, 0);
    double meetingShare = line.fraction("--meeting-share", 0.1);
    if (meetings == 0 && line.flag("--meeting-share") && meetingShare > 0) {
      throw line.problem("--meeting-share needs meetings to record contributions at");
    }
    long pid = line.number("--engine-pid", 0);
    if (line.flag("--engine-pid") && pid <= 0) {
      throw line.problem("--engine-pid takes the process id of the engine's JVM");
    }
    return new ConsultationOptions(
        line.uri("--url", URI.create("http://localhost:8080")),
        password,
        line.text("--law", "parity"),
        comments,
        revisions,
        line.atLeast("--participants", 200, 1),
        line.atLeast("--organisations", 1300, 0),
        meetings,
        meetings == 0 ? 0 : meetingShare,
        pid > 0 ? pid : null,
        line.atLeast("--threads", 4, 1),
        line.atLeast("--report-runs", 3, 1),
        line.atLeast("--carrier-passages", 5000, 1),
        line.number("--seed", 20260101L),
        line.path("--output", Path.of("target/bench/consultation.json")));
  }
}
