package org.consulta.consultation;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.consultation.PdfPages.Style;
import org.consulta.publication.PrintFrame;

/**
 * The report as PDF, laid out page by page with PDFBox rather than from the print page through
 * openhtmltopdf, which took two milliseconds of CPU per contribution: the masthead, the summary
 * with its counts as rows of bars, each article with contributions (its consulted text, every
 * contribution, the drafters' answer, the replies), the articles without contributions in one line,
 * and the colophon. Same words as the print page ({@link ReportWords}), same fonts and sheet as the
 * editions; tagged, with an outline entry per article, PDF/A-2u and PDF/UA-1 metadata. Each page's
 * content goes to a temporary file when the page is done; what stays on the heap until the file is
 * saved is the document's skeleton: pages, structure elements (a few hundred bytes a paragraph) and
 * the outline.
 */
public final class ReportPdf {
  private static final COSName H1 = COSName.getPDFName("H1");
  private static final COSName H2 = COSName.getPDFName("H2");
  private static final COSName H3 = COSName.getPDFName("H3");
  private static final COSName P = COSName.P;
  private static final float MM = 72f / 25.4f;

  private final ConsultationReport report;
  private final ReportWords words;
  private final PdfPages pages;
  private final Styles styles;

  /** The styles of the report's parts, after report.css. */
  private record Styles(
      Style title,
      Style document,
      Style round,
      Style window,
      Style section,
      Style article,
      Style body,
      Style label,
      Style emphasis,
      Style who,
      Style row,
      Style colophon) {
    static Styles of(PdfFace regular, PdfFace bold, PdfFace italic) {
      return new Styles(
          new Style(bold, 16, 20, 0, 0),
          new Style(regular, 10.5f, 14, 0, 0),
          new Style(bold, 12, 15, 2, 0),
          new Style(italic, 10, 13, 0, 0),
          new Style(bold, 13, 17, 6 * MM, 0),
          new Style(bold, 11, 14, 5 * MM, 0),
          new Style(regular, 10, 13, 1, 0),
          new Style(bold, 10, 13, 1.5f * MM, 0),
          new Style(italic, 10, 13, 1, 0.33f),
          new Style(bold, 9, 12, 1, 0.2f),
          new Style(regular, 9.5f, 12.5f, 0, 0),
          new Style(regular, 8.5f, 11, 0, 0.27f));
    }
  }

  private ReportPdf(ConsultationReport report, PdfPages pages, Styles styles) {
    this.report = report;
    this.words = ReportWords.of(report.language());
    this.pages = pages;
    this.styles = styles;
  }

  /** Writes the report's PDF to {@code out}, which it leaves open. */
  public static void write(ConsultationReport report, OutputStream out) {
    ReportWords words = ReportWords.of(report.language());
    var round = report.round();
    String title = words.word("title") + " · " + round.lawTitle();
    String subject = round.title() + " · " + words.word("version", String.valueOf(round.version()));
    try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      // PrintFrame.FACES: regular, bold, italic, bold italic (which the report does not use).
      PdfFace regular = PdfFace.embed(doc, PrintFrame.FACES.get(0), "R");
      PdfFace bold = PdfFace.embed(doc, PrintFrame.FACES.get(1), "B");
      PdfFace italic = PdfFace.embed(doc, PrintFrame.FACES.get(2), "I");
      List<PdfFace> faces = List.of(regular, bold, italic);
      PdfPages pages =
          new PdfPages(
              doc,
              faces,
              new Style(italic, 8, 10, 0, 0.27f),
              new Style(regular, 9, 11, 0, 0),
              title,
              subject);
      new ReportPdf(report, pages, Styles.of(regular, bold, italic)).write();
      pages.finish();
      faces.forEach(PdfFace::subset);
      PdfArchive.describe(
          doc,
          new PdfArchive.Description(
              title, subject, round.workUri(), report.language().name(), report.generatedAt()));
      doc.save(new Unclosed(out), CompressParameters.DEFAULT_COMPRESSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write() {
    masthead();
    summary();
    matrix();
    var round = report.round();
    pages.space(8 * MM);
    pages.paragraph(P, styles.colophon(), 0, words.word("work") + ": " + round.workUri(), null);
    pages.paragraph(
        P,
        styles.colophon(),
        0,
        words.word("generated", words.dateTime(report.generatedAt())),
        null);
  }

  private void masthead() {
    var round = report.round();
    pages.paragraph(H1, styles.title(), 0, round.lawTitle(), null);
    pages.paragraph(
        P, styles.document(), 0, words.word("title") + " · " + words.word("matrix"), null);
    pages.paragraph(P, styles.round(), 0, round.title(), null);
    pages.paragraph(
        P,
        styles.window(),
        0,
        words.word("version", String.valueOf(round.version()))
            + " · "
            + words.word("window", words.date(round.startsAt()), words.date(round.endsAt()))
            + " · "
            + words.status(round.status()),
        null);
  }

  private void summary() {
    heading(H2, styles.section(), words.word("summary"), words.word("summary"));
    report.totals().named().forEach(this::total);
    bars(
        words.word("by.article"),
        report.perArticle().stream()
            .map(a -> new Bar(words.article(a.number(), a.eId()), a.contributions()))
            .toList());
    bars(words.word("by.country"), bars(report.byCountry(), words::country));
    bars(words.word("by.sector"), bars(report.bySector(), words::sector));
    bars(words.word("by.organisation"), bars(report.byOrganisation(), words::organisation));
    bars(words.word("by.channel"), bars(report.byChannel(), words::channel));
    if (!report.byMeeting().isEmpty()) {
      bars(
          words.word("by.meeting"),
          report.byMeeting().stream()
              .map(m -> new Bar(words.meeting(m), m.contributions()))
              .toList());
    }
    bars(words.word("by.disposition"), bars(report.byDisposition(), words::disposition));
  }

  private record Bar(String label, long count) {}

  private static List<Bar> bars(Map<String, Long> counts, Function<String, String> label) {
    return counts.entrySet().stream()
        .map(e -> new Bar(label.apply(e.getKey()), e.getValue()))
        .toList();
  }

  private void total(String key, int n) {
    pages.row(styles.row(), words.word("total." + key), String.valueOf(n), 0);
  }

  private void bars(String title, List<Bar> bars) {
    heading(H3, styles.article(), title, null);
    if (bars.isEmpty()) {
      pages.paragraph(P, styles.emphasis(), 0, words.word("none"), null);
      return;
    }
    long most = bars.stream().mapToLong(Bar::count).max().orElse(0);
    for (Bar bar : bars) {
      float fraction = most == 0 ? 0 : (float) bar.count() / most;
      pages.row(styles.row(), bar.label(), String.valueOf(bar.count()), fraction);
    }
  }

  private void matrix() {
    heading(H2, styles.section(), words.word("articles"), null);
    if (!report.withoutContributions().isEmpty()) {
      pages.paragraph(P, styles.emphasis(), 0, words.quiet(report.withoutContributions()), null);
    }
    report.articles().forEach(this::article);
  }

  /**
   * A heading kept with the first lines of what follows it, with its entry in the outline when
   * {@code bookmark} is given (the print page's bookmarks: the summary and each article).
   */
  private void heading(COSName type, Style style, String text, String bookmark) {
    pages.space(style.before());
    pages.keep(style.leading() * 2 + styles.body().leading() * 3);
    if (bookmark != null) {
      pages.bookmark(bookmark);
    }
    pages.paragraph(type, style, 0, text, null);
  }

  private void article(ArticleSection section) {
    String name = words.article(section.number(), section.eId());
    String heading =
        section.heading() == null || section.heading().isBlank()
            ? name
            : name + ". " + section.heading();
    heading(H3, styles.article(), heading + " (" + section.threads() + ")", heading);
    if (section.text() != null) {
      label(3 * MM, words.word("consulted"));
      text(section.text(), 3 * MM, null);
    }
    section.contributions().forEach(c -> contribution(c, 0));
  }

  /** A contribution after a rule (a reply, {@code indent}ed, after none), kept with two lines. */
  private void contribution(Contribution c, float indent) {
    Style who = styles.who();
    pages.space(2 * MM);
    pages.keep(who.before() + who.leading() + styles.body().leading() * 2);
    if (indent == 0) {
      pages.rule(0, 0.8f);
    }
    pages.paragraph(P, who, indent, words.who(c), null);
    String lang = c.lang() == report.language() ? null : c.lang().name();
    if (c.passage() != null) {
      pages.paragraph(P, styles.emphasis(), indent, words.word("passage", c.passage()), null);
    }
    if (c.hiddenReason() != null) {
      pages.paragraph(P, styles.emphasis(), indent, words.word("hidden", c.hiddenReason()), null);
    } else if (c.withdrawnAt() != null) {
      pages.paragraph(
          P, styles.emphasis(), indent, words.word("withdrawn", words.date(c.withdrawnAt())), null);
    } else {
      if (c.text() != null) {
        text(c.text(), indent, lang);
      }
      if (c.replacement() != null) {
        label(indent + 4 * MM, words.word("proposed"));
        text(c.replacement(), indent + 4 * MM, lang);
      }
    }
    if (!c.attachments().isEmpty()) {
      pages.paragraph(
          P,
          styles.body(),
          indent,
          words.word("attachments") + ": " + String.join(", ", c.attachments()),
          null);
    }
    if (indent == 0 && c.hiddenReason() == null && c.withdrawnAt() == null) {
      answer(c.answer());
    }
    if (!c.replies().isEmpty()) {
      label(indent + 6 * MM, words.word("replies"));
      c.replies().forEach(r -> contribution(r, indent + 6 * MM));
    }
  }

  private void answer(ConsultationReport.Answer answer) {
    float indent = 4 * MM;
    String disposition =
        answer == null ? words.word("no.answer") : words.disposition(answer.disposition());
    label(indent, words.word("answer") + ": " + disposition);
    if (answer == null) {
      return;
    }
    if (answer.response() != null && !answer.response().isBlank()) {
      text(answer.response(), indent, null);
    }
    if (answer.implementedIn() != null) {
      pages.paragraph(
          P,
          styles.emphasis(),
          indent,
          words.word("implemented", String.valueOf(answer.implementedIn().number())),
          null);
    }
  }

  /** A label ({@code Texto propuesto}) kept with the first line of what it labels. */
  private void label(float indent, String text) {
    Style label = styles.label();
    pages.keep(label.before() + label.leading() + styles.body().leading());
    pages.paragraph(P, label, indent, text, null);
  }

  /** Text someone wrote, a paragraph per line of it. */
  private void text(String text, float indent, String lang) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      pages.paragraph(P, styles.body(), indent, text.substring(start, end), lang);
      start = end + 1;
    }
  }

  /** The response stream stays open for whoever owns it; PDFBox closes what it saves to. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
