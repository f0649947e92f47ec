package org.consulta.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.publication.PrintFrame;
import org.consulta.publication.XhtmlWriter;

/**
 * The report as a print document, the page a browser prints and {@code PdfEdition} lays out: the
 * summary with its charts, then for each article that received contributions its consulted text and
 * every contribution with its author, the drafters' answer and the revision that implements it; the
 * articles without contributions in one line. Everything participants wrote is escaped by the
 * writer.
 */
public final class ReportPrint {
  private static final String CSS = resource("/consultation/report.css");

  /** Where the report's revision links lead: the application, from {@code api/consultations/…}. */
  private static final String APP = "../../../";

  private final ConsultationReport report;
  private final ReportWords words;
  private final XhtmlWriter out;

  private ReportPrint(ConsultationReport report, XhtmlWriter out) {
    this.report = report;
    this.words = ReportWords.of(report.language());
    this.out =
        PrintFrame.begin(
            out,
            report.language(),
            title(),
            PrintFrame.stylesheet(report.round().lawTitle(), words.word("title")) + CSS);
  }

  private String title() {
    return words.word("title") + " · " + report.round().lawTitle();
  }

  /**
   * Writes the page to {@code sink} a contribution at a time, so that the page of a hundred
   * thousand contributions is never held whole.
   */
  public static void write(ConsultationReport report, Writer sink) {
    ReportPrint print = new ReportPrint(report, new XhtmlWriter(sink));
    print.write();
    PrintFrame.finish(print.out);
  }

  private void write() {
    masthead();
    summary();
    matrix();
    var round = report.round();
    out.open("section", "class", "colophon")
        .element("p", words.word("work") + ": " + round.workUri())
        .element("p", words.word("generated", words.dateTime(report.generatedAt())))
        .close();
  }

  private void masthead() {
    var round = report.round();
    out.open("header", "class", "masthead")
        .element("h1", round.lawTitle(), "class", "title")
        .element("p", words.word("title") + " · " + words.word("matrix"), "class", "document")
        .element("p", round.title(), "class", "round")
        .element(
            "p",
            words.word("version", String.valueOf(round.version()))
                + " · "
                + words.word("window", words.date(round.startsAt()), words.date(round.endsAt()))
                + " · "
                + words.status(round.status()),
            "class",
            "window")
        .close();
  }

  private void summary() {
    out.open("section", "class", "summary", "id", "summary").element("h2", words.word("summary"));
    totals();
    var charts = new ReportCharts(out);
    charts.perArticle(
        words.word("by.article"),
        words.word("by.article.lead"),
        report.perArticle().stream()
            .map(a -> new ReportCharts.Bar(words.article(a.number(), a.eId()), a.contributions()))
            .toList());
    String none = words.word("none");
    charts.bars(
        "chart-country", words.word("by.country"), bars(report.byCountry(), words::country), none);
    charts.bars(
        "chart-sector", words.word("by.sector"), bars(report.bySector(), words::sector), none);
    charts.bars(
        "chart-organisation",
        words.word("by.organisation"),
        bars(report.byOrganisation(), words::organisation),
        none);
    charts.bars(
        "chart-channel", words.word("by.channel"), bars(report.byChannel(), words::channel), none);
    if (!report.byMeeting().isEmpty()) {
      charts.bars(
          "chart-meeting",
          words.word("by.meeting"),
          report.byMeeting().stream()
              .map(m -> new ReportCharts.Bar(words.meeting(m), m.contributions()))
              .toList(),
          none);
    }
    charts.bars(
        "chart-disposition",
        words.word("by.disposition"),
        bars(report.byDisposition(), words::disposition),
        none);
    out.close();
  }

  private static List<ReportCharts.Bar> bars(
      Map<String, Long> counts, Function<String, String> label) {
    return counts.entrySet().stream()
        .map(e -> new ReportCharts.Bar(label.apply(e.getKey()), e.getValue()))
        .toList();
  }

  private void totals() {
    out.open("table", "class", "totals").open("tbody");
    report.totals().named().forEach(this::total);
    out.close().close();
  }

  private void total(String key, int n) {
    out.open("tr", "class", "total-" + key)
        .element("th", words.word("total." + key), "scope", "row")
        .element("td", String.valueOf(n), "class", "num")
        .close();
  }

  private void matrix() {
    out.open("section", "class", "matrix", "id", "articles").element("h2", words.word("articles"));
    if (!report.withoutContributions().isEmpty()) {
      out.element("p", words.quiet(report.withoutContributions()), "class", "quiet");
    }
    report.articles().forEach(this::article);
    out.close();
  }

  private void article(ArticleSection section) {
    String name = words.article(section.number(), section.eId());
    String heading =
        section.heading() == null || section.heading().isBlank()
            ? name
            : name + ". " + section.heading();
    out.open("section", "class", "article", "id", section.eId())
        .element("h3", heading + " (" + section.threads() + ")");
    if (section.text() != null) {
      out.open("div", "class", "consulted").element("p", words.word("consulted"), "class", "label");
      for (String paragraph : section.text().split("\n+")) {
        out.element("p", paragraph);
      }
      out.close();
    }
    section.contributions().forEach(c -> contribution(c, false).drain());
    out.close();
  }

  private XhtmlWriter contribution(Contribution c, boolean reply) {
    out.open("div", "class", reply ? "contribution reply" : "contribution", "id", "c" + c.id());
    out.element("p", words.who(c), "class", "who");
    if (c.passage() != null) {
      out.element("p", words.word("passage", c.passage()), "class", "passage");
    }
    if (c.hiddenReason() != null) {
      out.element("p", words.word("hidden", c.hiddenReason()), "class", "hidden");
    } else if (c.withdrawnAt() != null) {
      out.element("p", words.word("withdrawn", words.date(c.withdrawnAt())), "class", "withdrawn");
    } else {
      if (c.text() != null) {
        out.element("p", c.text(), "class", "text", "lang", c.lang().name());
      }
      if (c.replacement() != null) {
        out.open("div", "class", "proposed")
            .element("p", words.word("proposed"), "class", "label")
            .element("p", c.replacement(), "lang", c.lang().name())
            .close();
      }
    }
    if (!c.attachments().isEmpty()) {
      out.element(
          "p",
          words.word("attachments") + ": " + String.join(", ", c.attachments()),
          "class",
          "attachments");
    }
    if (!reply && c.hiddenReason() == null && c.withdrawnAt() == null) {
      answer(c.answer());
    }
    if (!c.replies().isEmpty()) {
      out.open("div", "class", "replies").element("p", words.word("replies"), "class", "label");
      c.replies().forEach(r -> contribution(r, true));
      out.close();
    }
    return out.close();
  }

  private void answer(ConsultationReport.Answer answer) {
    out.open("div", "class", answer == null ? "answer unanswered" : "answer");
    if (answer == null) {
      out.element("p", words.word("answer") + ": " + words.word("no.answer"), "class", "label");
      out.close();
      return;
    }
    out.element(
        "p",
        words.word("answer") + ": " + words.disposition(answer.disposition()),
        "class",
        "label");
    if (answer.response() != null && !answer.response().isBlank()) {
      out.element("p", answer.response(), "class", "response");
    }
    if (answer.implementedIn() != null) {
      var revision = answer.implementedIn();
      out.open("p", "class", "revision")
          .element(
              "a",
              words.word("implemented", String.valueOf(revision.number())),
              "href",
              APP + revision.link())
          .close();
    }
    out.close();
  }

  private static String resource(String name) {
    try (InputStream in = ReportPrint.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
