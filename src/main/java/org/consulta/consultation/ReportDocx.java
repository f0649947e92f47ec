package org.consulta.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;
import org.consulta.publication.DocxDocument;
import org.consulta.publication.DocxStream;
import org.consulta.publication.DocxStyles;
import org.consulta.publication.DocxTable;
import org.consulta.publication.DocxText;

/**
 * The report as a Word document, for the organisation to annex and edit: the summary, its charts as
 * tables of counts, then per article the consulted text and a two-column matrix, each contribution
 * beside the drafters' answer and the revision that implements it. The matrices, which grow with
 * the contributions, are streamed into the file ({@link DocxStream}); POI makes the rest.
 */
public final class ReportDocx {
  private final ConsultationReport report;
  private final ReportWords words;
  private final Language lang;
  private final DocxDocument doc;
  private final DocxText text;

  private ReportDocx(ConsultationReport report) {
    this.report = report;
    this.lang = report.language();
    this.words = ReportWords.of(lang);
    this.doc = new DocxDocument(lang, false);
    this.text = doc.text(lang);
  }

  /** Writes the document to {@code out} as it is made, and leaves {@code out} open. */
  public static void write(ConsultationReport report, OutputStream out) throws IOException {
    new ReportDocx(report).write(out);
  }

  private void write(OutputStream out) throws IOException {
    var round = report.round();
    String document = words.word("title") + " · " + words.word("matrix");
    text.paragraph(DocxStyles.TITLE, round.lawTitle());
    text.paragraph(DocxStyles.SUBTITLE, document);
    text.paragraph(DocxStyles.BODY, round.title());
    text.paragraph(
        DocxStyles.BODY,
        words.word("version", String.valueOf(round.version()))
            + " · "
            + words.word("window", words.date(round.startsAt()), words.date(round.endsAt()))
            + " · "
            + words.status(round.status()));
    summary();
    matrix();
    text.paragraph(DocxStyles.COLOPHON, words.word("work") + ": " + round.workUri());
    text.paragraph(
        DocxStyles.COLOPHON, words.word("generated", words.dateTime(report.generatedAt())));
    doc.runningHead(round.lawTitle() + " · " + words.word("title"));
    doc.pageNumbers();
    doc.properties(
        words.word("title") + " · " + round.lawTitle(),
        round.title(),
        List.of(lang),
        round.workUri(),
        report.generatedAt());
    DocxStream.write(doc, out, body -> report.articles().forEach(a -> article(body, a)));
  }

  private void summary() {
    text.paragraph(DocxStyles.DIVISION, words.word("summary"));
    counts(
        words.word("totals"),
        report.totals().named().entrySet().stream()
            .map(total -> row("total." + total.getKey(), total.getValue()))
            .toList());
    counts(
        words.word("by.article"),
        report.perArticle().stream()
            .filter(a -> a.contributions() > 0)
            .map(
                a -> List.of(words.article(a.number(), a.eId()), String.valueOf(a.contributions())))
            .toList());
    counts(words.word("by.country"), rows(report.byCountry(), words::country));
    counts(words.word("by.sector"), rows(report.bySector(), words::sector));
    counts(words.word("by.organisation"), rows(report.byOrganisation(), words::organisation));
    counts(words.word("by.channel"), rows(report.byChannel(), words::channel));
    if (!report.byMeeting().isEmpty()) {
      counts(
          words.word("by.meeting"),
          report.byMeeting().stream()
              .map(m -> List.of(words.meeting(m), String.valueOf(m.contributions())))
              .toList());
    }
    counts(words.word("by.disposition"), rows(report.byDisposition(), words::disposition));
  }

  private List<String> row(String key, int n) {
    return List.of(words.word(key), String.valueOf(n));
  }

  private static List<List<String>> rows(Map<String, Long> counts, Function<String, String> label) {
    return counts.entrySet().stream()
        .map(e -> List.of(label.apply(e.getKey()), String.valueOf(e.getValue())))
        .toList();
  }

  /** A chart of the report screen as a table: what is counted, and how many. */
  private void counts(String title, List<List<String>> rows) {
    text.paragraph(DocxStyles.ARTICLE, title);
    if (rows.isEmpty()) {
      text.paragraph(DocxStyles.BODY, words.word("none"));
      return;
    }
    var table =
        new DocxTable(
            doc,
            List.of(
                new DocxTable.Column(words.word("value"), lang),
                new DocxTable.Column(words.word("count"), lang)));
    for (List<String> row : rows) {
      List<XWPFTableCell> cells = table.row();
      DocxText.in(cells.get(0), lang).paragraph(DocxStyles.BODY, row.get(0));
      DocxText.in(cells.get(1), lang).paragraph(DocxStyles.BODY, row.get(1));
    }
  }

  private void matrix() {
    text.paragraph(DocxStyles.DIVISION, words.word("articles"));
    if (!report.withoutContributions().isEmpty()) {
      text.paragraph(DocxStyles.BODY, words.quiet(report.withoutContributions()));
    }
    DocxStream.placeholder(doc);
  }

  private void article(DocxStream body, ArticleSection section) {
    DocxStream.Text paragraphs = body.text(lang);
    String name = words.article(section.number(), section.eId());
    paragraphs.paragraph(
        DocxStyles.ARTICLE,
        (section.heading() == null || section.heading().isBlank()
                ? name
                : name + ". " + section.heading())
            + " ("
            + section.threads()
            + ")");
    if (section.text() != null) {
      paragraphs.paragraph(DocxStyles.CHANGE_NOTE, words.word("consulted"));
      for (String paragraph : section.text().split("\n+")) {
        paragraphs.paragraph(DocxStyles.BODY, paragraph);
      }
    }
    try (var table =
        body.table(
            List.of(
                new DocxTable.Column(words.word("col.text"), lang),
                new DocxTable.Column(words.word("answer"), lang)))) {
      for (Contribution c : section.contributions()) {
        table.row(length(c));
        contribution(table.cell(), c);
        answer(table.cell(), c);
      }
    }
  }

  private static int length(Contribution c) {
    int n = c.text() == null ? 0 : c.text().length();
    for (Contribution reply : c.replies()) {
      n += reply.text() == null ? 0 : reply.text().length();
    }
    return n;
  }

  private void contribution(DocxStream.Text cell, Contribution c) {
    cell.paragraph(DocxStyles.CHANGE_NOTE, words.who(c));
    if (c.passage() != null) {
      cell.paragraph(DocxStyles.BODY, words.word("passage", c.passage()));
    }
    if (c.hiddenReason() != null) {
      cell.paragraph(DocxStyles.BODY, words.word("hidden", c.hiddenReason()));
    } else if (c.withdrawnAt() != null) {
      cell.paragraph(DocxStyles.BODY, words.word("withdrawn", words.date(c.withdrawnAt())));
    } else {
      if (c.text() != null) {
        cell.paragraph(DocxStyles.BODY, c.text());
      }
      if (c.replacement() != null) {
        cell.paragraph(DocxStyles.CHANGE_NOTE, words.word("proposed"));
        cell.paragraph(DocxStyles.BODY, c.replacement());
      }
    }
    if (!c.attachments().isEmpty()) {
      cell.paragraph(
          DocxStyles.BODY, words.word("attachments") + ": " + String.join(", ", c.attachments()));
    }
    for (Contribution reply : c.replies()) {
      cell.paragraph(DocxStyles.CHANGE_NOTE, words.who(reply));
      cell.paragraph(
          DocxStyles.BODY,
          reply.hiddenReason() != null
              ? words.word("hidden", reply.hiddenReason())
              : reply.withdrawnAt() != null
                  ? words.word("withdrawn", words.date(reply.withdrawnAt()))
                  : String.valueOf(reply.text()));
    }
  }

  private void answer(DocxStream.Text cell, Contribution c) {
    if (c.hiddenReason() != null || c.withdrawnAt() != null) {
      return;
    }
    var answer = c.answer();
    cell.paragraph(
        DocxStyles.CHANGE_NOTE,
        answer == null ? words.word("no.answer") : words.disposition(answer.disposition()));
    if (answer == null) {
      return;
    }
    if (answer.response() != null && !answer.response().isBlank()) {
      cell.paragraph(DocxStyles.BODY, answer.response());
    }
    if (answer.implementedIn() != null) {
      cell.paragraph(
          DocxStyles.BODY,
          words.word("implemented", String.valueOf(answer.implementedIn().number())));
    }
  }
}
