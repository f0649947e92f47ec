package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern NUMBERED = Pattern.compile("(\\d+\\.|[a-z]{1,3}\\)) ");

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
      List<XWPFTableCell> cells = table.row(fold ? 0 : length(row));
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
    Integer before = row.before() == null ? null : row.before().number();
    Integer after = row.after() == null ? null : row.after().number();
    if (before != null && before.equals(after)) {
      text.run(heading, String.valueOf(after));
    } else {
      if (before != null) {
        text.run(heading, String.valueOf(before), DocxStyles.DELETED);
      }
      if (after != null) {
        text.run(heading, String.valueOf(after), DocxStyles.INSERTED);
      }
    }
    text.run(heading, ".");
    if (row.heading().stream().anyMatch(op -> !op.text().isEmpty())) {
      text.run(heading, " ");
      runs(text, heading, row.heading());
    }
    for (List<DiffOp> block : blocks(row.text())) {
      XWPFParagraph p = text.paragraph(style(block), "");
      runs(text, p, hangFromNumber(block));
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

  /** The diff of the text cut into paragraphs where the text has a blank line. */
  static List<List<DiffOp>> blocks(List<DiffOp> ops) {
    List<List<DiffOp>> blocks = new ArrayList<>();
    List<DiffOp> current = new ArrayList<>();
    for (DiffOp op : ops) {
      String[] pieces = op.text().split("\n\\s*\n", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          blocks.add(current);
          current = new ArrayList<>();
        }
        if (!pieces[i].isEmpty()) {
          current.add(new DiffOp(op.kind(), pieces[i]));
        }
      }
    }
    blocks.add(current);
    return blocks.stream().filter(b -> !b.isEmpty()).toList();
  }

  /** The style of the paragraph as it now reads (as it read, if deleted whole). */
  private static String style(List<DiffOp> block) {
    String later = text(block, DiffOp.Kind.DELETE);
    String shown = later.isBlank() ? text(block, DiffOp.Kind.INSERT) : later;
    Matcher numbered = NUMBERED.matcher(shown);
    if (!numbered.lookingAt()) {
      return DocxStyles.BODY;
    }
    return Character.isDigit(shown.charAt(0)) ? DocxStyles.NUMBERED : DocxStyles.ITEM;
  }

  private static String text(List<DiffOp> block, DiffOp.Kind without) {
    return block.stream()
        .filter(op -> op.kind() != without)
        .map(DiffOp::text)
        .collect(Collectors.joining());
  }

  /**
   * The paragraph's number followed by a tab, as the edition sets it, so that the paragraph hangs
   * from its number; a number that changed stays as the diff has it.
   */
  private static List<DiffOp> hangFromNumber(List<DiffOp> block) {
    DiffOp first = block.get(0);
    Matcher numbered = NUMBERED.matcher(first.text());
    if (!numbered.lookingAt()) {
      return block;
    }
    List<DiffOp> hung = new ArrayList<>();
    hung.add(new DiffOp(first.kind(), numbered.group(1) + "\t"));
    String rest = first.text().substring(numbered.end());
    if (!rest.isEmpty()) {
      hung.add(new DiffOp(first.kind(), rest));
    }
    hung.addAll(block.subList(1, block.size()));
    return hung;
  }

  /** The longest cell's text: the changes column holds the deleted words and the inserted. */
  private static int length(ComparisonRow row) {
    int redline = row.text().stream().mapToInt(op -> op.text().length()).sum();
    return Math.max(
        redline,
        Math.max(
            row.before() == null ? 0 : row.before().plain().length(),
            row.after() == null ? 0 : row.after().plain().length()));
  }

  private String capitalized(String s) {
    Locale locale = Locale.forLanguageTag(lang.name());
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }
}
