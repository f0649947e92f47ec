package org.consulta.consultation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as CSV (RFC 4180, UTF-8): one row per comment, suggestion or reply, in article order.
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class ReportCsv {
  private static final List<String> HEADER =
      List.of(
          "id",
          "parent",
          "kind",
          "article",
          "number",
          "lang",
          "revision",
          "author",
          "organisation",
          "country",
          "sector",
          "created_at",
          "quote",
          "anchor_state",
          "text",
          "replacement",
          "hidden_reason",
          "disposition",
          "response",
          "responded_by",
          "implemented_in_revision");

  private ReportCsv() {}

  public static String render(ConsultationReport report) {
    StringBuilder csv = new StringBuilder();
    row(csv, HEADER.stream());
    for (ConsultationReport.ArticleSection section : report.articles()) {
      for (CommentView entry : section.entries()) {
        row(csv, cells(section, entry));
      }
    }
    return csv.toString();
  }

  private static Stream<String> cells(ConsultationReport.ArticleSection section, CommentView c) {
    var answer = c.disposition();
    return Stream.of(
        String.valueOf(c.id()),
        text(c.parent()),
        c.kind(),
        c.article(),
        text(section.number()),
        c.lang().name(),
        String.valueOf(c.revision()),
        c.author().displayName(),
        c.author().organisation(),
        c.author().country(),
        c.author().sector(),
        c.createdAt().toString(),
        c.passage() == null ? null : c.passage().quote(),
        c.anchor() == null ? null : c.anchor().state(),
        c.text(),
        c.replacement(),
        c.hidden() == null ? null : c.hidden().reason(),
        answer == null ? null : answer.value(),
        answer == null ? null : answer.response(),
        answer == null ? null : answer.by(),
        answer == null ? null : text(answer.implementedIn()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static void row(StringBuilder csv, Stream<String> cells) {
    csv.append(cells.map(ReportCsv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    if (safe.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static boolean startsLikeAFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
