package org.consulta.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consulta.consultation.ConsultationReport.Contribution;

/**
 * The report as CSV (RFC 4180, UTF-8): one row per contribution, each reply in a row after the
 * contribution it answers, in article order, with headers and values in the report's language.
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class ReportCsv {
  /** The UTF-8 byte-order mark, without which Excel on Windows reads "Lucía" as "LucÃ­a". */
  public static final String BOM = "\uFEFF";

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "reply_to",
          "kind",
          "article",
          "author",
          "organisation",
          "country",
          "sector",
          "channel",
          "meeting",
          "date",
          "language",
          "passage",
          "text",
          "proposed",
          "hidden",
          "withdrawn",
          "disposition",
          "response",
          "revision",
          "attachments");

  private final ReportWords words;
  private final Writer csv;

  private ReportCsv(ReportWords words, Writer csv) {
    this.words = words;
    this.csv = csv;
  }

  /** Writes the rows to {@code csv} as they are made, so that no report is held whole. */
  public static void write(ConsultationReport report, boolean bom, Writer csv) {
    var out = new ReportCsv(ReportWords.of(report.language()), csv);
    if (bom) {
      out.append(BOM);
    }
    out.row(COLUMNS.stream().map(column -> out.words.word("col." + column)));
    report.articles().forEach(out::section);
  }

  private void section(ConsultationReport.ArticleSection section) {
    String article = words.article(section.number(), section.eId());
    for (Contribution c : section.contributions()) {
      row(cells(article, c, null));
      c.replies().forEach(reply -> row(cells(article, reply, c.id())));
    }
  }

  private Stream<String> cells(String article, Contribution c, Long replyTo) {
    var answer = c.answer();
    var author = c.author();
    boolean reply = replyTo != null;
    return Stream.of(
        String.valueOf(c.id()),
        reply ? String.valueOf(replyTo) : null,
        words.kind(c.kind()),
        article,
        author.displayName(),
        author.organisation(),
        author.country() == null ? null : words.country(author.country()),
        author.sector() == null ? null : words.sector(author.sector()),
        words.channel(c.channel()),
        c.meeting(),
        words.dateTime(c.createdAt()),
        c.lang().name(),
        c.passage(),
        c.text(),
        c.replacement(),
        c.hiddenReason(),
        c.withdrawnAt() == null ? null : words.date(c.withdrawnAt()),
        reply || c.hiddenReason() != null || c.withdrawnAt() != null
            ? null
            : words.disposition(answer == null ? null : answer.disposition()),
        answer == null ? null : answer.response(),
        answer == null || answer.implementedIn() == null
            ? null
            : String.valueOf(answer.implementedIn().number()),
        c.attachments().isEmpty() ? null : String.join("; ", c.attachments()));
  }

  private void row(Stream<String> cells) {
    append(cells.map(ReportCsv::cell).collect(Collectors.joining(",")));
    append("\r\n");
  }

  private void append(String text) {
    try {
      csv.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    return needsQuotes(safe) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean startsLikeAFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
