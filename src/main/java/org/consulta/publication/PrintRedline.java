package org.consulta.publication;

import java.util.List;
import org.consulta.drafting.LawComparison.Status;
import org.consulta.revisions.DiffOp;

/**
 * Writes the changes column of the print comparative table: how an article changed, in words, then
 * its number, heading and text with inserted words in {@code <ins>} and deleted ones in {@code
 * <del>}, laid out as the edition lays out legal text (numbered paragraphs and lettered items with
 * hanging numbers).
 */
final class PrintRedline {
  private final XhtmlWriter out;
  private final EditionWords words;
  private final ComparisonWords changes;

  PrintRedline(XhtmlWriter out, EditionWords words, ComparisonWords changes) {
    this.out = out;
    this.words = words;
    this.changes = changes;
  }

  /**
   * The cell: the badges, then the redline unless the article is folded to one line.
   *
   * @param fold whether the row shows the article's heading alone
   */
  void cell(ComparisonRow row, boolean fold) {
    List<RedlineParagraph> paragraphs =
        fold || row.sameWords() ? List.of() : RedlineParagraph.of(row.text());
    // Where a paragraph's number changed, both numbers stand before the text: a wider column.
    boolean renumbered = paragraphs.stream().anyMatch(p -> p.num().size() > 1);
    out.open("td", "class", renumbered ? "changes renumbered-paragraphs" : "changes");
    badges(row, fold);
    if (!fold && !row.unchanged()) {
      heading(row);
      paragraphs(paragraphs);
    }
    out.close();
  }

  /** {@code renumerado modificado}, each in a frame; a folded row adds its new number. */
  private void badges(ComparisonRow row, boolean fold) {
    out.open("p", "class", "badges");
    List<String> badges =
        row.unchanged()
            ? List.of(changes.unchanged)
            : row.statuses().stream().map(changes::status).toList();
    for (int i = 0; i < badges.size(); i++) {
      if (i > 0) {
        out.element("span", " ");
      }
      out.element("span", badges.get(i), "class", "badge");
    }
    if (fold && row.statuses().contains(Status.RENUMBERED)) {
      out.element("span", " ").open("span", "class", "renumbering");
      number(row);
      out.close();
    }
    out.close();
  }

  /** {@code Artículo 2 → 3. Definiciones y alcance}, the changes marked. */
  private void heading(ComparisonRow row) {
    out.open("p", "class", "article-heading");
    number(row);
    out.element("span", ".");
    if (row.heading().stream().anyMatch(op -> !op.text().isEmpty())) {
      out.element("span", " ");
      marked(row.heading(), "heading");
    }
    out.close();
  }

  /** {@code Artículo 2 → 3}: the earlier number struck through, the later one underlined. */
  private void number(ComparisonRow row) {
    out.element("span", words.article + " ");
    List<DiffOp> number = row.number();
    for (int i = 0; i < number.size(); i++) {
      if (i > 0) {
        out.element("span", " → ");
      }
      marked(number.subList(i, i + 1), null);
    }
  }

  /** The paragraphs, consecutive items gathered in a list as the edition has them. */
  private void paragraphs(List<RedlineParagraph> paragraphs) {
    boolean inItems = false;
    for (RedlineParagraph paragraph : paragraphs) {
      boolean item = paragraph.kind() == RedlineParagraph.Kind.ITEM;
      if (item && !inItems) {
        out.open("ol", "class", "points");
      } else if (!item && inItems) {
        out.close();
      }
      inItems = item;
      paragraph(paragraph, item ? "li" : "p", item ? "point" : "paragraph");
    }
    if (inItems) {
      out.close();
    }
  }

  /** A paragraph or item, its number (or both numbers) hanging beside its text. */
  private void paragraph(RedlineParagraph paragraph, String tag, String kind) {
    if (paragraph.num().isEmpty()) {
      out.open(tag, "class", kind + " unnumbered");
      marked(paragraph.text(), null);
      out.close();
      return;
    }
    out.open(tag, "class", kind).open("span", "class", "num");
    List<DiffOp> num = paragraph.num();
    for (int i = 0; i < num.size(); i++) {
      if (i > 0) {
        out.element("span", " ");
      }
      marked(num.subList(i, i + 1), null);
    }
    out.close().open("span", "class", "text");
    marked(paragraph.text(), null);
    out.close().close();
  }

  /**
   * Each op as an element of its own, the unchanged words too: openhtmltopdf may paint the text
   * that stands between elements before them, so text beside an {@code <ins>} would come out of the
   * PDF (copied, or extracted) in the wrong order.
   */
  private void marked(List<DiffOp> ops, String style) {
    for (DiffOp op : ops) {
      String tag =
          switch (op.kind()) {
            case EQUAL -> "span";
            case INSERT -> "ins";
            case DELETE -> "del";
          };
      out.element(tag, op.text(), "class", style);
    }
  }
}
