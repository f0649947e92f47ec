package org.consulta.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the fuzz test saw: every answer counted by status, and every one that breaks the rules (a
 * 5xx; an error that is not {@code application/problem+json}; a stack trace; no answer at all) kept
 * for the report.
 */
final class FuzzLog {
  private static final String PROBLEM = "application/problem+json";

  /** A request that broke the rules, and how. */
  record Failure(String operation, String caller, String input, String verdict) {}

  private final Map<Integer, Integer> byStatus = new TreeMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> refusedByConnector = new ArrayList<>();
  private final List<String> answeredOnRetry = new ArrayList<>();
  private int requests;
  private int serverErrors;
  private Duration total = Duration.ZERO;
  private Duration slowest = Duration.ZERO;
  private String slowestRequest = "none";

  void record(FuzzRequest request, String caller, RawRequest.Answer answer, Duration took) {
    requests++;
    byStatus.merge(answer.status(), 1, Integer::sum);
    total = total.plus(took);
    if (took.compareTo(slowest) > 0) {
      slowest = took;
      slowestRequest = request.operation() + " as " + caller + ", " + abbreviated(request.input());
    }
    if (answer.status() >= 500) {
      serverErrors++;
      String kind = isProblem(answer.contentType()) ? "problem" : answer.contentType();
      fail(request, caller, answer.status() + " (" + kind + ")");
    } else if (answer.status() >= 400 && !isProblem(answer.contentType())) {
      if (request.raw() && answer.body().isEmpty()) {
        // The HTTP connector refused the request line itself: the application never saw it.
        refusedByConnector.add(
            request.operation() + ", " + request.input() + " -> " + answer.status());
      } else {
        fail(request, caller, answer.status() + " not a problem (" + answer.contentType() + ")");
      }
    } else if (answer.body().contains(".java:")) {
      fail(request, caller, answer.status() + " shows a stack trace");
    }
  }

  /** The connection closed with no answer, and the same request, sent again, was answered. */
  void answeredOnRetry(FuzzRequest request, String caller) {
    answeredOnRetry.add(
        request.operation() + " as " + caller + ", " + abbreviated(request.input()));
  }

  /** The connection closed, or timed out, with no answer at all. */
  void noAnswer(FuzzRequest request, String caller, Exception failure) {
    requests++;
    fail(request, caller, "no answer (" + failure.getMessage() + ")");
  }

  private void fail(FuzzRequest request, String caller, String verdict) {
    failures.add(new Failure(request.operation(), caller, request.input(), verdict));
  }

  private static boolean isProblem(String contentType) {
    return contentType != null && contentType.startsWith(PROBLEM);
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  String summary() {
    return ("fuzzed %d requests in %d s: %d 5xx, %d failures, %d refused by the HTTP connector,"
            + " %d answered only when sent again; by status %s; slowest %d ms (%s)")
        .formatted(
            requests,
            total.toSeconds(),
            serverErrors,
            failures.size(),
            refusedByConnector.size(),
            answeredOnRetry.size(),
            byStatus,
            slowest.toMillis(),
            slowestRequest);
  }

  /** The summary, then the failures grouped by what was sent and what came back. */
  String report() {
    Map<String, TreeSet<String>> grouped = new TreeMap<>();
    for (Failure failure : failures) {
      grouped
          .computeIfAbsent(
              failure.verdict() + " <- " + abbreviated(failure.input()), key -> new TreeSet<>())
          .add(failure.operation());
    }
    var text = new StringBuilder(summary()).append('\n');
    grouped.forEach(
        (what, operations) ->
            text.append("  ")
                .append(what)
                .append(": ")
                .append(operations.size())
                .append(" operations ")
                .append(operations)
                .append('\n'));
    text.append("refused by the HTTP connector, before the application:\n");
    refusedByConnector.forEach(r -> text.append("  ").append(abbreviated(r)).append('\n'));
    text.append("no answer on the first connection, answered when sent again:\n");
    answeredOnRetry.forEach(r -> text.append("  ").append(r).append('\n'));
    return text.toString();
  }

  private static String abbreviated(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 60) + "…(" + line.length() + " chars)";
  }
}
