package org.consulta.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.consulta.drafting.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A new Word document as Consulta publishes one: the named styles of {@link DocxStyles}, an A4 page
 * with a running head and page numbers, and the core properties a library catalogue reads. Editions
 * and comparative tables both start here.
 */
public final class DocxDocument {
  private static final int A4_SHORT = 11906;
  private static final int A4_LONG = 16838;
  private static final int MARGIN = 1418;

  private final XWPFDocument doc = new XWPFDocument();
  private final Language language;
  private final int textWidth;
  private final int textHeight;

  /**
   * @param landscape for documents of three columns, such as the comparative table
   */
  public DocxDocument(Language language, boolean landscape) {
    this.language = language;
    int width = landscape ? A4_LONG : A4_SHORT;
    int height = landscape ? A4_SHORT : A4_LONG;
    this.textWidth = width - 2 * MARGIN;
    this.textHeight = height - 2 * MARGIN;
    DocxStyles.define(doc, language, textWidth);
    page(width, height, landscape);
    // Justified text in narrow columns opens wide gaps between words unless words can break.
    var settings = doc.getSettings().getCTSettings();
    settings.addNewAutoHyphenation();
    settings.addNewDoNotHyphenateCaps();
  }

  public XWPFDocument document() {
    return doc;
  }

  /** The width between the margins, in twentieths of a point. */
  public int textWidth() {
    return textWidth;
  }

  /** The height between the margins, in twentieths of a point. */
  public int textHeight() {
    return textHeight;
  }

  /** Writes into the document's body in {@code lang}. */
  public DocxText text(Language lang) {
    return DocxText.in(doc, lang);
  }

  /** A line at the top of every page, such as the law's title and version. */
  public void runningHead(String line) {
    DocxText.in(doc.createHeader(HeaderFooterType.DEFAULT)::createParagraph, language)
        .paragraph(DocxStyles.HEADER, line);
  }

  /** The page number at the foot of every page, as a field Word and LibreOffice fill in. */
  public void pageNumbers() {
    XWPFParagraph p =
        DocxText.in(doc.createFooter(HeaderFooterType.DEFAULT)::createParagraph, language)
            .paragraph(DocxStyles.FOOTER, "");
    DocxText.beginField(p, "PAGE");
    p.createRun().setText("1");
    DocxText.endField(p);
  }

  /** Starts the next paragraph on a new page. */
  public void pageBreak() {
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
  }

  /**
   * Asks Word to update the fields (the table of contents, page numbers) when it opens the file.
   */
  public void updateFieldsOnOpen() {
    doc.enforceUpdateFields();
  }

  /**
   * @param description a sentence such as the version the document shows
   * @param identifier the work's URI
   */
  public void properties(
      String title,
      String description,
      List<Language> languages,
      String identifier,
      Instant created) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setDescription(description);
    core.setCreator("Consulta");
    core.setIdentifier(identifier);
    core.setCreated(Optional.of(Date.from(created)));
    core.getUnderlyingProperties()
        .setLanguageProperty(
            languages.stream().map(DocxStyles::tag).collect(Collectors.joining(", ")));
    doc.getProperties().getExtendedProperties().setApplication("Consulta");
  }

  public byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(int width, int height, boolean landscape) {
    var body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(width));
    size.setH(BigInteger.valueOf(height));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(709));
    margins.setFooter(BigInteger.valueOf(709));
    margins.setGutter(BigInteger.ZERO);
  }
}
