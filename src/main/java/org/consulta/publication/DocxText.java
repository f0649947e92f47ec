package org.consulta.publication;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.consulta.drafting.Language;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes paragraphs in one language into a document's body or a table cell, each in a named style
 * of {@link DocxStyles} and with no direct formatting; every run says its language, so that Word
 * checks the spelling of each column of a bilingual edition in its own language.
 */
public final class DocxText {
  private final Supplier<XWPFParagraph> next;
  private final String tag;
  private final boolean outline;
  private final boolean inTable;

  private DocxText(Supplier<XWPFParagraph> next, String tag, boolean outline, boolean inTable) {
    this.next = next;
    this.tag = tag;
    this.outline = outline;
    this.inTable = inTable;
  }

  public static DocxText in(XWPFDocument doc, Language lang) {
    return in(doc::createParagraph, lang);
  }

  /** Into a table cell, filling first the empty paragraph every new cell holds. */
  public static DocxText in(XWPFTableCell cell, Language lang) {
    return new DocxText(
        () -> {
          List<XWPFParagraph> paragraphs = cell.getParagraphs();
          XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
          return last.getStyle() == null && last.runsIsEmpty() ? last : cell.addParagraph();
        },
        DocxStyles.tag(lang),
        true,
        true);
  }

  static DocxText in(Supplier<XWPFParagraph> next, Language lang) {
    return new DocxText(next, DocxStyles.tag(lang), true, false);
  }

  /**
   * The same, with headings kept out of the outline: the second column of a bilingual edition has
   * headings that look like headings, but the table of contents and the navigation pane list each
   * division and article once, in the first language.
   */
  public DocxText outsideOutline() {
    return new DocxText(next, tag, false, inTable);
  }

  /** A new paragraph in {@code style}, holding {@code text} unless it is empty. */
  public XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph p = next.get();
    p.setStyle(style);
    if (!outline && (style.equals(DocxStyles.DIVISION) || style.equals(DocxStyles.ARTICLE))) {
      // Outline level 9 is body text: the style's look without its place in the outline.
      p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
    }
    if (inTable && style.equals(DocxStyles.ARTICLE)) {
      // In a table, keeping an article's heading with the next paragraph chains each row to the
      // next one: rows then move to the next page whole, leaving pages all but empty.
      p.getCTP().getPPr().addNewKeepNext().setVal(STOnOff1.OFF);
    }
    if (!text.isEmpty()) {
      run(p, text);
    }
    return p;
  }

  /**
   * A paragraph that hangs from its number: the number ({@code 1.}, {@code a)}) stays the law's own
   * text followed by a tab, not Word's automatic numbering, so that an article pasted elsewhere
   * keeps its numbers.
   */
  public XWPFParagraph numbered(String style, String num, String text) {
    return paragraph(style, num + "\t" + text);
  }

  /** A run of {@code text}, its tab characters as Word's tabs. */
  public XWPFRun run(XWPFParagraph p, String text) {
    XWPFRun run = p.createRun();
    run.setLang(tag);
    String[] pieces = text.split("\t", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        run.addTab();
      }
      if (!pieces[i].isEmpty()) {
        run.setText(pieces[i]);
      }
    }
    return run;
  }

  /** A run in a character style, such as {@link DocxStyles#INSERTED}. */
  public XWPFRun run(XWPFParagraph p, String text, String characterStyle) {
    XWPFRun run = run(p, text);
    run.setStyle(characterStyle);
    return run;
  }

  /** An article: its heading, then its paragraphs and their lettered items. */
  public void article(EditionWords words, ArticleText article) {
    paragraph(DocxStyles.ARTICLE, heading(words, article));
    for (Paragraph paragraph : article.paragraphs()) {
      if (paragraph.num() != null) {
        numbered(DocxStyles.NUMBERED, paragraph.num(), paragraph.text());
      } else if (!paragraph.text().isEmpty()) {
        paragraph(DocxStyles.BODY, paragraph.text());
      }
      for (Point point : paragraph.points()) {
        numbered(DocxStyles.ITEM, point.num(), point.text());
      }
    }
  }

  /** {@code Artículo 3. Vigencia}, or {@code Artículo 3.} for an article without a heading. */
  public static String heading(EditionWords words, ArticleText article) {
    String number = words.articleNumber(article.number()) + ".";
    return article.heading() == null || article.heading().isBlank()
        ? number
        : number + " " + article.heading();
  }

  /**
   * Opens a field ({@code PAGE}, {@code TOC \o "1-2"}) in {@code p}: what follows, up to {@link
   * #endField}, possibly several paragraphs later, is its result until Word updates it.
   */
  public static void beginField(XWPFParagraph p, String instruction) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" " + instruction + " ");
    instr.setSpace(SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  public static void endField(XWPFParagraph p) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
