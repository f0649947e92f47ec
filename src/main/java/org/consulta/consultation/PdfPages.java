package org.consulta.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays text out on A4 pages one paragraph after another: the print frame's margins, a running head
 * from the second page on and the page number (both artifacts), paragraphs broken into lines and
 * across pages, each tagged as an element of the structure, and the outline.
 */
final class PdfPages {
  private static final float MM = 72f / 25.4f;
  private static final PDRectangle SHEET = PDRectangle.A4;
  private static final float LEFT = 23 * MM;
  private static final float RIGHT = SHEET.getWidth() - 21 * MM;
  private static final float TOP = SHEET.getHeight() - 24 * MM;
  private static final float BOTTOM = 22 * MM;

  /** A paragraph's face, size, line height, space above it and grey level (0 is black). */
  record Style(PdfFace face, float size, float leading, float before, float grey) {}

  private final PDDocument doc;
  private final PDResources resources = new PDResources();
  private final PdfStructure structure = new PdfStructure();
  private final PDDocumentOutline outline = new PDDocumentOutline();
  private final PageContent content = new PageContent();
  private final Style head;
  private final Style number;
  private final String headLeft;
  private final String headRight;
  private PDPage page;
  private int pageNumber;
  private float y;
  private boolean atTop;

  /**
   * @param head the running head's style, {@code number} the page number's
   * @param headLeft the running head at the left (cut to fit), {@code headRight} at the right
   */
  PdfPages(
      PDDocument doc,
      Iterable<PdfFace> faces,
      Style head,
      Style number,
      String headLeft,
      String headRight) {
    this.doc = doc;
    faces.forEach(face -> resources.put(face.name(), face.font()));
    this.head = head;
    this.number = number;
    float rightWidth = head.face().width(headRight, 0, headRight.length()) * head.size() / 1000;
    this.headRight = headRight;
    this.headLeft = cut(headLeft, head, RIGHT - LEFT - rightWidth - 6 * MM);
  }

  static float measure() {
    return RIGHT - LEFT;
  }

  int pages() {
    return pageNumber;
  }

  /** Space above what follows, unless it opens a page. */
  void space(float points) {
    if (page != null && !atTop) {
      y -= points;
    }
  }

  /** Starts a new page unless {@code height} points fit on this one. */
  void keep(float height) {
    if (page == null || (!atTop && y - height < BOTTOM)) {
      newPage();
    }
  }

  /** An entry of the outline that opens the page here. */
  void bookmark(String title) {
    keep(0);
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(page);
    destination.setTop(Math.round(y));
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(destination);
    outline.addLast(item);
  }

  /** A paragraph tagged {@code type}, {@code indent} points from the margin. */
  void paragraph(COSName type, Style style, float indent, String text, String lang) {
    int[] lines = PdfLines.of(text, style.face(), (measure() - indent) * 1000 / style.size());
    if (lines.length == 0) {
      return;
    }
    space(style.before());
    COSDictionary element = structure.element(type, lang);
    int line = 0;
    while (line < lines.length) {
      keep(style.leading());
      begin(type, element);
      text(style, LEFT + indent);
      for (boolean first = true; line < lines.length && fits(style); first = false) {
        if (!first) {
          content.ascii("T* ");
        }
        style.face().show(text, lines[line], lines[line + 1], content);
        content.ascii(" Tj\n");
        y -= style.leading();
        atTop = false;
        line += 2;
      }
      content.ascii("ET EMC\n");
    }
  }

  /**
   * A row of counts: its label at the left, broken into lines if long, the count at the right, and
   * a bar {@code fraction} of the column between them (drawn as an artifact: the count says it).
   */
  void row(Style style, String label, String count, float fraction) {
    float labelWidth = measure() * 0.45f;
    int[] lines = PdfLines.of(label, style.face(), labelWidth * 1000 / style.size());
    keep(style.before() + style.leading() * Math.max(1, lines.length / 2));
    space(style.before());
    COSDictionary element = structure.element(COSName.P, null);
    begin(COSName.P, element);
    float top = y;
    text(style, LEFT);
    for (int line = 0; line < lines.length; line += 2) {
      content.ascii(line == 0 ? "" : "T* ");
      style.face().show(label, lines[line], lines[line + 1], content);
      content.ascii(" Tj\n");
    }
    content.ascii("ET\n");
    float countWidth = style.face().width(count, 0, count.length()) * style.size() / 1000;
    y = top;
    text(style, RIGHT - countWidth);
    style.face().show(count, 0, count.length(), content);
    content.ascii(" Tj ET EMC\n");
    float barLeft = LEFT + labelWidth + 3 * MM;
    float barWidth = (RIGHT - 12 * MM - barLeft) * Math.max(0, Math.min(1, fraction));
    if (barWidth > 0) {
      content.ascii("/Artifact BMC 0.19 0.51 0.74 rg ");
      content.number(barLeft).number(top - style.leading() + 2).number(barWidth);
      content.number(style.leading() - 4).ascii("re f EMC\n");
    }
    y = top - style.leading() * Math.max(1, lines.length / 2);
    atTop = false;
  }

  /** A thin line across the text, {@code indent} points from the margin, as an artifact. */
  void rule(float indent, float grey) {
    if (atTop) {
      return;
    }
    content.ascii("/Artifact BMC q 0.5 w ").number(grey).ascii("G ");
    content
        .number(LEFT + indent)
        .number(y)
        .ascii("m ")
        .number(RIGHT)
        .number(y)
        .ascii("l S Q EMC\n");
  }

  /** Ends the last page and gives the document its structure tree and outline. */
  void finish() {
    if (page == null) {
      newPage();
    }
    endPage();
    structure.finish(doc.getDocumentCatalog());
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }

  private boolean fits(Style style) {
    return atTop || y - style.leading() >= BOTTOM;
  }

  private void begin(COSName type, COSDictionary element) {
    int mcid = structure.mark(element);
    content.ascii("/").ascii(type.getName()).ascii(" <</MCID ").integer(mcid).ascii(">> BDC ");
  }

  /** Opens a text object whose first baseline sits one line below {@link #y}. */
  private void text(Style style, float x) {
    float baseline =
        y - style.leading() + (style.leading() - style.size()) / 2 + style.size() * 0.2f;
    content.ascii("BT /").ascii(style.face().name().getName()).ascii(" ").number(style.size());
    content.ascii("Tf ").number(style.leading()).ascii("TL ").number(style.grey()).ascii("g ");
    content.number(x).number(baseline).ascii("Td ");
  }

  private void newPage() {
    if (page != null) {
      endPage();
    }
    page = new PDPage(SHEET);
    page.setResources(resources);
    doc.addPage(page);
    structure.page(page.getCOSObject());
    pageNumber++;
    y = TOP;
    atTop = true;
    pagination();
  }

  /** The running head (not on the first page) and the page number, artifacts of pagination. */
  private void pagination() {
    if (pageNumber > 1) {
      content.ascii("/Artifact <</Type /Pagination /Subtype /Header>> BDC ");
      artifact(head, LEFT, TOP + 6 * MM, headLeft);
      float width = head.face().width(headRight, 0, headRight.length()) * head.size() / 1000;
      artifact(head, RIGHT - width, TOP + 6 * MM, headRight);
      content.ascii("EMC\n");
    }
    String n = String.valueOf(pageNumber);
    float width = number.face().width(n, 0, n.length()) * number.size() / 1000;
    content.ascii("/Artifact <</Type /Pagination /Subtype /Footer>> BDC ");
    artifact(number, (LEFT + RIGHT - width) / 2, BOTTOM - 6 * MM - number.size(), n);
    content.ascii("EMC\n");
  }

  private void artifact(Style style, float x, float baseline, String text) {
    content.ascii("BT /").ascii(style.face().name().getName()).ascii(" ").number(style.size());
    content.ascii("Tf ").number(style.grey()).ascii("g ").number(x).number(baseline);
    content.ascii("Td ");
    style.face().show(text, 0, text.length(), content);
    content.ascii(" Tj ET\n");
  }

  private void endPage() {
    COSStream stream = doc.getDocument().createCOSStream();
    try {
      content.deflateTo(stream.createRawOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    page.getCOSObject().setItem(COSName.CONTENTS, stream);
  }

  /** {@code text} cut at a word and ended with an ellipsis where it is wider than {@code width}. */
  private static String cut(String text, Style style, float width) {
    float measure = width * 1000 / style.size();
    if (style.face().width(text, 0, text.length()) <= measure) {
      return text;
    }
    int[] lines = PdfLines.of(text, style.face(), measure - style.face().width('…'));
    return text.substring(lines[0], lines[1]) + "…";
  }
}
