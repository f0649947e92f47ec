package org.consulta.publication;

/**
 * Writes the law's own text as print documents lay it out: division headings, article headings,
 * numbered paragraphs with hanging numbers and lettered items as lists. The classes it writes are
 * styled by {@link PrintFrame}'s stylesheet.
 */
public final class PrintText {
  private PrintText() {}

  /**
   * {@code <hN class="division-heading">} with the number ({@code Capítulo I}) over the title.
   *
   * @param level the heading's rank, 2 to 6
   */
  public static void divisionHeading(XhtmlWriter out, Heading heading, int level) {
    out.open(tag(level), "class", "division-heading");
    if (heading.num() != null) {
      out.element("span", heading.num(), "class", "num");
    }
    out.element("span", heading.text(), "class", "heading").close();
  }

  /** {@code Artículo 3. Definiciones}, the number in bold and the heading in italics. */
  public static void articleHeading(
      XhtmlWriter out, ArticleText article, EditionWords words, int level) {
    out.open(tag(level), "class", "article-heading")
        .element("span", words.articleNumber(article.number()) + ".", "class", "num");
    if (article.heading() != null && !article.heading().isBlank()) {
      out.text(" ").element("span", article.heading(), "class", "heading");
    }
    out.close();
  }

  /**
   * The article's paragraphs and their items.
   *
   * @param ids whether to write the paragraphs' and items' eIds as ids: only once per document
   */
  public static void paragraphs(XhtmlWriter out, ArticleText article, boolean ids) {
    for (Paragraph paragraph : article.paragraphs()) {
      if (!paragraph.text().isEmpty()) {
        String id = ids ? paragraph.eId() : null;
        if (paragraph.num() == null) {
          out.element("p", paragraph.text(), "class", "paragraph unnumbered", "id", id);
        } else {
          out.open("p", "class", "paragraph", "id", id);
          numbered(out, paragraph.num(), paragraph.text());
          out.close();
        }
      }
      if (!paragraph.points().isEmpty()) {
        out.open("ol", "class", "points");
        for (Point point : paragraph.points()) {
          out.open("li", "class", "point", "id", ids ? point.eId() : null);
          numbered(out, point.num(), point.text());
          out.close();
        }
        out.close();
      }
    }
  }

  /**
   * The number and the text as two cells of one row, so the number hangs beside the text in the
   * reading order (a float would be painted, and read back from the PDF, apart from its text).
   */
  private static void numbered(XhtmlWriter out, String num, String text) {
    out.element("span", num, "class", "num").element("span", text, "class", "text");
  }

  private static String tag(int level) {
    return "h" + Math.max(2, Math.min(6, level));
  }
}
