package org.consulta.publication;

import java.math.BigInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.consulta.drafting.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The named styles of Consulta's Word documents, defined once in the styles part so that the text
 * carries no direct formatting: a drafter restyles the whole law by changing a style, and an
 * article pasted into a ministry's document takes that document's look. Where Word has a built-in
 * style for the role (Title, Heading 1, Body Text…) its own id and name are used, so that Word's
 * navigation pane, table of contents and style gallery treat them as its own.
 */
public final class DocxStyles {
  public static final String TITLE = "Title";
  public static final String SUBTITLE = "Subtitle";

  /** Divisions (chapters, titles, sections): outline level 1. */
  public static final String DIVISION = "Heading1";

  /** Article headings, {@code Artículo 3. Vigencia}: outline level 2. */
  public static final String ARTICLE = "Heading2";

  public static final String BODY = "BodyText";

  /** A numbered paragraph, {@code 1.<tab>text}, hanging from its number. */
  public static final String NUMBERED = "NumberedParagraph";

  /** A lettered item, {@code a)<tab>text}, indented under its paragraph. */
  public static final String ITEM = "ListItem";

  public static final String COLOPHON = "Colophon";
  public static final String CONTENTS_HEADING = "TOCHeading";
  public static final String CONTENTS_1 = "TOC1";
  public static final String CONTENTS_2 = "TOC2";
  public static final String HEADER = "Header";
  public static final String FOOTER = "Footer";

  /** The heading row of a table laid out in columns (languages, or earlier and later text). */
  public static final String COLUMN_HEADING = "ColumnHeading";

  /** How an article of a comparative table changed: {@code Modificado, renumerado}. */
  public static final String CHANGE_NOTE = "ChangeNote";

  public static final String TABLE = "TableGrid";

  /** Character styles for a redline: inserted words underlined, deleted words struck through. */
  public static final String INSERTED = "InsertedText";

  public static final String DELETED = "DeletedText";

  private static final String FONT = "Times New Roman";

  private static final String NAMESPACE =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final int NUMBER_INDENT = 425;
  private static final int ITEM_INDENT = 851;

  private final CTStyles styles = CTStyles.Factory.newInstance();

  private DocxStyles() {}

  /**
   * Gives {@code doc} the styles, with {@code lang} as the language of text that names none.
   *
   * @param textWidth the width between the margins, in twentieths of a point, where the table of
   *     contents aligns its page numbers
   */
  public static void define(XWPFDocument doc, Language lang, int textWidth) {
    DocxStyles s = new DocxStyles();
    s.defaults(lang);
    s.paragraphs(textWidth);
    s.characters();
    s.table();
    doc.createStyles().setStyles(s.styles);
  }

  /**
   * The language tag of a language in Word: its proofing tools want a region with the language,
   * here the commonest one for each.
   */
  public static String tag(Language lang) {
    return switch (lang) {
      case es -> "es-ES";
      case en -> "en-US";
      case pt -> "pt-BR";
      case fr -> "fr-FR";
    };
  }

  private void defaults(Language lang) {
    var defaults = styles.addNewDocDefaults();
    CTRPr run = defaults.addNewRPrDefault().addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    run.addNewSz().setVal(BigInteger.valueOf(24));
    run.addNewSzCs().setVal(BigInteger.valueOf(24));
    run.addNewLang().setVal(tag(lang));
    var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.valueOf(120));
    spacing.setLine(BigInteger.valueOf(264));
  }

  private void paragraphs(int textWidth) {
    CTStyle normal = style(STStyleType.PARAGRAPH, "Normal", "Normal", null);
    normal.setDefault(true);
    normal.addNewQFormat();

    CTStyle title = quick(paragraph(TITLE, "Title", "Normal", SUBTITLE));
    keepNext(centred(title, 0, 240));
    size(bold(title), 32);

    CTStyle subtitle = quick(paragraph(SUBTITLE, "Subtitle", "Normal", BODY));
    centred(subtitle, 0, 360);
    rPr(subtitle).addNewI();

    CTStyle division = quick(paragraph(DIVISION, "heading 1", "Normal", ARTICLE));
    heading(centred(division, 360, 240), 0);
    size(bold(division), 26);

    CTStyle article = quick(paragraph(ARTICLE, "heading 2", "Normal", BODY));
    heading(spaced(article, 240, 120), 1);
    bold(article);

    CTStyle body = quick(paragraph(BODY, "Body Text", "Normal", BODY));
    pPr(body).addNewJc().setVal(STJc.BOTH);

    hanging(
        paragraph(NUMBERED, "Numbered Paragraph", BODY, NUMBERED), NUMBER_INDENT, NUMBER_INDENT);
    hanging(paragraph(ITEM, "List Item", BODY, ITEM), ITEM_INDENT, ITEM_INDENT - NUMBER_INDENT);

    CTStyle colophon = spaced(paragraph(COLOPHON, "Colophon", "Normal", COLOPHON), 0, 0);
    // Consecutive paragraphs with the same border form one group: the rule is drawn once, above.
    CTBorder top = pPr(colophon).addNewPBdr().addNewTop();
    top.setVal(STBorder.SINGLE);
    top.setSz(BigInteger.valueOf(4));
    top.setSpace(BigInteger.valueOf(6));
    top.setColor("auto");
    size(colophon, 18);

    CTStyle contents = paragraph(CONTENTS_HEADING, "TOC Heading", "Normal", "Normal");
    keepNext(centred(contents, 240, 240));
    size(bold(contents), 26);
    contents(paragraph(CONTENTS_1, "toc 1", "Normal", "Normal"), 0, textWidth);
    contents(paragraph(CONTENTS_2, "toc 2", "Normal", "Normal"), NUMBER_INDENT, textWidth);

    size(centred(paragraph(HEADER, "header", "Normal", HEADER), 0, 0), 18);
    size(centred(paragraph(FOOTER, "footer", "Normal", FOOTER), 0, 0), 18);

    CTStyle note = keepNext(spaced(paragraph(CHANGE_NOTE, "Change Note", "Normal", BODY), 0, 60));
    rPr(note).addNewI();
    size(note, 20);

    CTStyle column = paragraph(COLUMN_HEADING, "Column Heading", "Normal", COLUMN_HEADING);
    keepNext(centred(column, 60, 60));
    bold(column);
  }

  private void characters() {
    CTStyle inserted = style(STStyleType.CHARACTER, INSERTED, "Inserted Text", null);
    CTRPr ins = inserted.addNewRPr();
    ins.addNewU().setVal(STUnderline.SINGLE);
    ins.addNewColor().setVal("1F4E9A");
    CTStyle deleted = style(STStyleType.CHARACTER, DELETED, "Deleted Text", null);
    CTRPr del = deleted.addNewRPr();
    del.addNewStrike();
    del.addNewColor().setVal("A61C1C");
  }

  /**
   * Parsed rather than built: the schema classes POI ships (poi-ooxml-lite) lack the type of a
   * style's table properties, which parsing leaves untyped.
   */
  private void table() {
    String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"";
    String grid =
        "<w:styles xmlns:w=\""
            + NAMESPACE
            + "\"><w:style w:type=\"table\" w:styleId=\""
            + TABLE
            + "\"><w:name w:val=\"Table Grid\"/><w:pPr><w:spacing w:after=\"80\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders>"
            + Stream.of("top", "left", "bottom", "right", "insideH", "insideV")
                .map(side -> "<w:" + side + " " + border + "/>")
                .collect(Collectors.joining())
            + "</w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>";
    try {
      styles.addNewStyle().set(StylesDocument.Factory.parse(grid).getStyles().getStyleArray(0));
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  private CTStyle style(STStyleType.Enum type, String id, String name, String basedOn) {
    CTStyle style = styles.addNewStyle();
    style.setType(type);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    }
    return style;
  }

  private CTStyle paragraph(String id, String name, String basedOn, String next) {
    CTStyle style = style(STStyleType.PARAGRAPH, id, name, basedOn);
    style.addNewNext().setVal(next);
    return style;
  }

  /** Shown in Word's style gallery. */
  private static CTStyle quick(CTStyle style) {
    style.addNewQFormat();
    return style;
  }

  private static CTPPrGeneral pPr(CTStyle style) {
    return style.isSetPPr() ? style.getPPr() : style.addNewPPr();
  }

  private static CTRPr rPr(CTStyle style) {
    return style.isSetRPr() ? style.getRPr() : style.addNewRPr();
  }

  private static CTStyle centred(CTStyle style, int before, int after) {
    pPr(spaced(style, before, after)).addNewJc().setVal(STJc.CENTER);
    return style;
  }

  private static CTStyle spaced(CTStyle style, int before, int after) {
    var spacing = pPr(style).addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    return style;
  }

  private static CTStyle keepNext(CTStyle style) {
    pPr(style).addNewKeepNext();
    return style;
  }

  private static void heading(CTStyle style, int outlineLevel) {
    CTPPrGeneral p = pPr(keepNext(style));
    p.addNewKeepLines();
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
  }

  /**
   * Text from {@code left}, first line out by {@code hanging}, a tab stop where the text starts.
   */
  private static void hanging(CTStyle style, int left, int hanging) {
    CTPPrGeneral p = pPr(style);
    var ind = p.addNewInd();
    ind.setLeft(BigInteger.valueOf(left));
    ind.setHanging(BigInteger.valueOf(hanging));
    CTTabStop tab = p.addNewTabs().addNewTab();
    tab.setVal(STTabJc.LEFT);
    tab.setPos(BigInteger.valueOf(left));
  }

  private static void contents(CTStyle style, int left, int textWidth) {
    CTPPrGeneral p = pPr(spaced(style, 0, 60));
    p.addNewInd().setLeft(BigInteger.valueOf(left));
    CTTabStop tab = p.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setLeader(STTabTlc.DOT);
    tab.setPos(BigInteger.valueOf(textWidth));
  }

  private static CTStyle bold(CTStyle style) {
    rPr(style).addNewB();
    rPr(style).addNewBCs();
    return style;
  }

  private static void size(CTStyle style, int halfPoints) {
    rPr(style).addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rPr(style).addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
  }
}
