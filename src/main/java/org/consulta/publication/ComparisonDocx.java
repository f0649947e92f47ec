package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawComparison.Status;
import org.consulta.revisions.DiffOp;

/**
 * The comparative table as a Word document, landscape: a summary of what changed, then one row per
 * article with the earlier text, the later text and the changes marked, inserted words in the
 * Inserted Text style (underlined) and deleted ones in Deleted Text (struck through). Styled runs
 * rather than Word's tracked changes: tracked changes show only in some views (Word's default
 * "Simple Markup" hides them) and "Accept all" would erase the very comparison the document is for.
 */
public final class ComparisonDocx {
  private final Comparison comparison;
  private final Language lang;
  private final EditionWords words;
  private final ComparisonWords changes;
  private final DocxDocument doc;

  private ComparisonDocx(Comparison comparison) {
    this.comparison = comparison;
    this.lang = comparison.language();
    this.words = EditionWords.of(lang);
    this.changes = ComparisonWords.of(lang);
    this.doc = new DocxDocument(lang, true);
  }

  public static byte[] render(Comparison comparison) {
    return new ComparisonDocx(comparison).write();
  }

  private byte[] write() {
    DocxText text = doc.text(lang);
    String from = words.versionLine(comparison.from(), lang);
    String to = words.versionLine(comparison.to(), lang);
    String subtitle = changes.title + ": " + from + " → " + to;
    text.paragraph(DocxStyles.TITLE, comparison.title());
    text.paragraph(DocxStyles.SUBTITLE, subtitle);
    text.paragraph(DocxStyles.BODY, summary());
    rows(new DocxTable(doc, columns(from, to)));
    text.paragraph(DocxStyles.COLOPHON, words.work + ": " + comparison.workUri());
    text.paragraph(DocxStyles.COLOPHON, words.recordedLine(comparison.from(), lang));
    text.paragraph(DocxStyles.COLOPHON, words.recordedLine(comparison.to(), lang));
    text.paragraph(
        DocxStyles.COLOPHON,
        words.generatedOn + " " + EditionWords.date(comparison.generatedAt(), lang));
    doc.runningHead(comparison.title() + " · " + subtitle);
    doc.pageNumbers();
    doc.properties(
        comparison.title() + " · " + changes.title,
        subtitle,
        List.of(lang),
        comparison.workUri(),
        comparison.generatedAt());
    return doc.bytes();
  }

  private List<DocxTable.Column> columns(String from, String to) {
    return List.of(
        new DocxTable.Column(from, lang),
        new DocxTable.Column(to, lang),
        new DocxTable.Column(changes.changes, lang));
  }

  /** {@code Modificados: 3 · Añadidos: 1 · … · Sin cambios: 30}. */
  private String summary() {
    ComparisonSummary s = comparison.summary();
    List<String> counts = new ArrayList<>();
    counts.add(changes.counted(Status.CHANGED) + ": " + s.changed());
    counts.add(changes.counted(Status.ADDED) + ": " + s.added());
    counts.add(changes.counted(Status.DELETED) + ": " + s.deleted());
    counts.add(changes.counted(Status.MOVED) + ": " + s.moved());
    counts.add(changes.counted(Status.RENUMBERED) + ": " + s.renumbered());
    counts.add(changes.unchanged + ": " + s.unchanged());
    return String.join(" · ", counts);
  }

  private void rows(DocxTable table) {
    Heading division = null;
    for (ComparisonRow row : comparison.rows()) {
      if (!row.division().equals(division) && !row.division().full().isEmpty()) {
        DocxText.in(table.spanningRow(), lang)
            .paragraph(DocxStyles.DIVISION, row.division().full());
      }
      division = row.division();
      boolean fold = row.unchanged() && comparison.unchanged() == Unchanged.FOLD;
      List<XWPFTableCell> cells = table.row(fold ? 0 : row.longestText());
      // The outline lists each article once, as it now stands (as it stood, if deleted).
      boolean laterInOutline = row.after() != null;
      side(cell(cells.get(0), !laterInOutline), row.before(), fold);
      side(cell(cells.get(1), laterInOutline), row.after(), fold);
      redline(cell(cells.get(2), false), row);
    }
  }

  private DocxText cell(XWPFTableCell cell, boolean outline) {
    DocxText text = DocxText.in(cell, lang);
    return outline ? text : text.outsideOutline();
  }

  private void side(DocxText text, ArticleText article, boolean fold) {
    if (article == null) {
      return;
    }
    if (fold) {
      text.paragraph(DocxStyles.ARTICLE, DocxText.heading(words, article));
    } else {
      text.article(words, article);
    }
  }

  /** How the article changed, then its heading and text with the changes marked. */
  private void redline(DocxText text, ComparisonRow row) {
    text.paragraph(
        DocxStyles.CHANGE_NOTE,
        row.unchanged()
            ? changes.unchanged
            : capitalized(
                row.statuses().stream().map(changes::status).collect(Collectors.joining(", "))));
    if (row.unchanged()) {
      return;
    }
    XWPFParagraph heading = text.paragraph(DocxStyles.ARTICLE, words.article + " ");
    runs(text, heading, row.number());
    text.run(heading, ".");
    if (row.heading().stream().anyMatch(op -> !op.text().isEmpty())) {
      text.run(heading, " ");
      runs(text, heading, row.heading());
    }
    for (RedlineParagraph paragraph : RedlineParagraph.of(row.text())) {
      XWPFParagraph p = text.paragraph(style(paragraph.kind()), "");
      runs(text, p, hangFromNumber(paragraph));
    }
  }

  private static void runs(DocxText text, XWPFParagraph p, List<DiffOp> ops) {
    for (DiffOp op : ops) {
      switch (op.kind()) {
        case EQUAL -> text.run(p, op.text());
        case INSERT -> text.run(p, op.text(), DocxStyles.INSERTED);
        case DELETE -> text.run(p, op.text(), DocxStyles.DELETED);
      }
    }
  }

  private static String style(RedlineParagraph.Kind kind) {
    return switch (kind) {
      case BODY -> DocxStyles.BODY;
      case NUMBERED -> DocxStyles.NUMBERED;
      case ITEM -> DocxStyles.ITEM;
    };
  }

  /**
   * The paragraph's number followed by a tab, as the edition sets it, so that the paragraph hangs
   * from its number; the tab is marked as the number is, or not at all if the number changed.
   */
  private static List<DiffOp> hangFromNumber(RedlineParagraph paragraph) {
    if (paragraph.num().isEmpty()) {
      return paragraph.text();
    }
    List<DiffOp> hung = new ArrayList<>(paragraph.num());
    DiffOp.Kind tab = hung.get(0).kind();
    if (hung.stream().allMatch(op -> op.kind() == tab)) {
      DiffOp last = hung.remove(hung.size() - 1);
      hung.add(new DiffOp(tab, last.text() + "\t"));
    } else {
      hung.add(new DiffOp(DiffOp.Kind.EQUAL, "\t"));
    }
    hung.addAll(paragraph.text());
    return hung;
  }

  private String capitalized(String s) {
    Locale locale = Locale.forLanguageTag(lang.name());
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }
}
