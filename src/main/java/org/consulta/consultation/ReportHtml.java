package org.consulta.consultation;

import static org.consulta.revisions.HtmlText.escape;

import java.util.Map;

/**
 * The report as a printable HTML page. Everything participants wrote is escaped; hidden comments
 * show only the reason they were hidden.
 */
public final class ReportHtml {
  /**
   * The page's stylesheet, relative to the report's address ({@code api/consultations/{id}/report})
   * so that it holds under any context root; the content security policy allows no inline style.
   */
  private static final String STYLESHEET = "../../../app/consultation/report-print.css";

  private final StringBuilder html = new StringBuilder();

  private ReportHtml() {}

  public static String render(ConsultationReport report) {
    var page = new ReportHtml();
    page.document(report);
    return page.html.toString();
  }

  private void document(ConsultationReport report) {
    var round = report.round();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(round.languages().get(0))
        .append("\">\n<head><meta charset=\"utf-8\"><title>")
        .append(escape(round.title()))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(STYLESHEET)
        .append("\"></head>\n<body>\n<h1>")
        .append(escape(round.title()))
        .append("</h1>\n<p class=\"meta\">")
        .append(escape(round.lawTitle()))
        .append(" · version ")
        .append(round.version())
        .append(" · ")
        .append(round.startsAt())
        .append(" – ")
        .append(round.endsAt())
        .append(" · ")
        .append(round.status())
        .append("</p>\n");
    totals(report);
    for (var section : report.articles()) {
      section(section);
    }
    html.append("</body>\n</html>\n");
  }

  private void totals(ConsultationReport report) {
    var t = report.totals();
    html.append("<h2>Summary</h2>\n<table><tr><th>comments</th><th>suggestions</th>")
        .append("<th>replies</th><th>answered</th><th>unanswered</th><th>hidden</th></tr>\n<tr>");
    for (int n :
        new int[] {
          t.comments(), t.suggestions(), t.replies(), t.answered(), t.unanswered(), t.hidden()
        }) {
      html.append("<td>").append(n).append("</td>");
    }
    html.append("</tr></table>\n");
    counts("By sector", report.bySector());
    counts("By country", report.byCountry());
    counts("By disposition", report.byDisposition());
  }

  private void counts(String title, Map<String, Long> counts) {
    html.append("<h3>").append(title).append("</h3>\n<table>");
    counts.forEach(
        (key, n) ->
            html.append("<tr><th>")
                .append(escape(key))
                .append("</th><td>")
                .append(n)
                .append("</td></tr>"));
    html.append("</table>\n");
  }

  private void section(ConsultationReport.ArticleSection section) {
    html.append("<h2 id=\"").append(escape(section.eId())).append("\">");
    if (section.number() != null) {
      html.append(section.number()).append(". ").append(escape(section.heading()));
    } else {
      html.append(escape(section.eId()));
    }
    html.append(" <small>(").append(section.threads()).append(")</small></h2>\n");
    section.entries().forEach(this::entry);
  }

  private void entry(CommentView c) {
    html.append("<div class=\"entry")
        .append(c.parent() == null ? "" : " reply")
        .append("\" id=\"c")
        .append(c.id())
        .append("\">\n<p class=\"meta\">#")
        .append(c.id())
        .append(" · ")
        .append(c.kind())
        .append(" · ")
        .append(escape(c.author().displayName()));
    for (String detail :
        new String[] {c.author().organisation(), c.author().country(), c.author().sector()}) {
      if (detail != null && !detail.isBlank()) {
        html.append(" · ").append(escape(detail));
      }
    }
    if (c.anchor() != null) {
      html.append(" · anchor ").append(c.anchor().state());
    }
    html.append("</p>\n");
    if (c.passage() != null) {
      html.append("<blockquote>").append(escape(c.passage().quote())).append("</blockquote>\n");
    }
    body(c);
    answer(c);
    html.append("</div>\n");
  }

  private void body(CommentView c) {
    if (c.hidden() != null) {
      html.append("<p class=\"hidden\">Hidden: ")
          .append(escape(c.hidden().reason()))
          .append("</p>\n");
      return;
    }
    html.append("<p>").append(escape(c.text())).append("</p>\n");
    if (c.replacement() != null) {
      html.append("<p><b>Proposed text:</b> ").append(escape(c.replacement())).append("</p>\n");
    }
  }

  private void answer(CommentView c) {
    var answer = c.disposition();
    if (answer == null) {
      if (c.parent() == null && c.hidden() == null) {
        html.append("<p class=\"answer\">Not answered yet.</p>\n");
      }
      return;
    }
    html.append("<p class=\"answer\"><b>")
        .append(answer.value().replace('_', ' '))
        .append("</b>: ")
        .append(escape(answer.response()));
    if (answer.implementedIn() != null) {
      html.append(" (revision ").append(answer.implementedIn()).append(")");
    }
    html.append("</p>\n");
  }
}
