package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.consulta.drafting.Language;
import org.consulta.exchange.DraftArticle;
import org.consulta.exchange.DraftDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxEditionTest {
  private static final List<Language> LANGUAGES = List.of(Language.es, Language.en);

  @Test
  void theStylesAreWordsOwnWhereWordHasThemWithTheirOutlineLevels() {
    XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", Language.es)));

    Map<String, String> names =
        Map.ofEntries(
            Map.entry("Normal", "Normal"),
            Map.entry("Title", "Title"),
            Map.entry("Subtitle", "Subtitle"),
            Map.entry("Heading1", "heading 1"),
            Map.entry("Heading2", "heading 2"),
            Map.entry("BodyText", "Body Text"),
            Map.entry("NumberedParagraph", "Numbered Paragraph"),
            Map.entry("ListItem", "List Item"),
            Map.entry("Colophon", "Colophon"),
            Map.entry("TOCHeading", "TOC Heading"),
            Map.entry("TOC1", "toc 1"),
            Map.entry("TOC2", "toc 2"),
            Map.entry("Header", "header"),
            Map.entry("Footer", "footer"),
            Map.entry("ColumnHeading", "Column Heading"),
            Map.entry("ChangeNote", "Change Note"),
            Map.entry("TableGrid", "Table Grid"),
            Map.entry("InsertedText", "Inserted Text"),
            Map.entry("DeletedText", "Deleted Text"));
    names.forEach((id, name) -> assertEquals(name, doc.getStyles().getStyle(id).getName(), id));
    assertEquals(names.size(), doc.getStyles().getNumberOfStyles());

    assertEquals(0, outlineLevel(doc, "Heading1"));
    assertEquals(1, outlineLevel(doc, "Heading2"));
    for (String id : List.of("Title", "Subtitle", "BodyText", "NumberedParagraph", "ListItem")) {
      assertFalse(pPr(doc, id).isSetOutlineLvl(), id + " stays out of the outline");
    }
    assertEquals(STStyleType.TABLE, doc.getStyles().getStyle("TableGrid").getType());
    assertEquals(STStyleType.CHARACTER, doc.getStyles().getStyle("InsertedText").getType());
  }

  @Test
  void numberedParagraphsAndItemsHangFromTheirNumbersTheItemsDeeper() {
    XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", Language.es)));
    CTPPrGeneral numbered = pPr(doc, "NumberedParagraph");
    CTPPrGeneral item = pPr(doc, "ListItem");

    BigInteger numberedLeft = (BigInteger) numbered.getInd().getLeft();
    BigInteger itemLeft = (BigInteger) item.getInd().getLeft();
    assertTrue(((BigInteger) numbered.getInd().getHanging()).signum() > 0);
    assertTrue(((BigInteger) item.getInd().getHanging()).signum() > 0);
    assertTrue(itemLeft.compareTo(numberedLeft) > 0);
    assertEquals(numberedLeft, numbered.getTabs().getTabArray(0).getPos());
    assertEquals(itemLeft, item.getTabs().getTabArray(0).getPos());
    assertEquals("BodyText", doc.getStyles().getStyle("NumberedParagraph").getBasisStyleID());
  }

  @Test
  void theDocumentDefaultsToASerifFontAndTheEditionsLanguage() {
    for (Language lang : LANGUAGES) {
      XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", lang)));
      CTRPr defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();

      assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
      assertEquals(DocxStyles.tag(lang), defaults.getLangArray(0).getVal());
    }
  }

  @Test
  void everyArticleAppearsInOrderWithItsParagraphsAndItemsInTheirStyles() {
    for (String slug : DraftEditions.SHIPPED) {
      for (Language lang : LANGUAGES) {
        DraftDocument draft = DraftEditions.read(slug, lang);
        XWPFDocument doc = read(DocxEdition.render(DraftEditions.of(slug, lang)));

        assertEquals(expectedArticles(draft, lang), articles(doc.getParagraphs()), slug + lang);
      }
    }
  }

  @Test
  void bodyTextCarriesNoDirectFormattingOnlyItsStyleAndLanguage() {
    for (Language lang : LANGUAGES) {
      XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("financial-inclusion", lang)));

      for (XWPFParagraph p : doc.getParagraphs()) {
        CTPPr pPr = p.getCTP().getPPr();
        if (p.getStyle() != null) {
          assertEquals(1, pPr.getDomNode().getChildNodes().getLength(), p.getText());
        }
        for (XWPFRun run : p.getRuns()) {
          CTRPr rPr = run.getCTR().getRPr();
          if (rPr != null) {
            assertEquals(1, rPr.getDomNode().getChildNodes().getLength(), p.getText());
            assertEquals(DocxStyles.tag(lang), run.getLang(), p.getText());
          }
        }
      }
    }
  }

  @Test
  void theContentsIsATocFieldThatWordUpdatesOnOpenListingEveryArticleMeanwhile() {
    Edition edition = DraftEditions.of("digital-violence", Language.es);
    XWPFDocument doc = read(DocxEdition.render(edition));

    String instructions =
        doc.getParagraphs().stream()
            .flatMap(p -> p.getRuns().stream())
            .flatMap(r -> r.getCTR().getInstrTextList().stream())
            .map(t -> t.getStringValue().strip())
            .reduce("", (a, b) -> a + b);
    assertEquals("TOC \\o \"1-2\" \\h \\z \\u", instructions);
    assertTrue(doc.isEnforcedUpdateFields());
    assertEquals(
        edition.articles().size(),
        doc.getParagraphs().stream().filter(p -> "TOC2".equals(p.getStyle())).count());
    assertEquals("Índice", first(doc, "TOCHeading").getText());
  }

  @Test
  void corePropertiesNameTheLawItsVersionLanguageAndWork() {
    XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", Language.en)));
    var core = doc.getProperties().getCoreProperties();

    assertEquals(
        "Inter-American Model Law on Parity in Public and Political Life", core.getTitle());
    assertEquals("Consulta", core.getCreator());
    assertEquals("Version 1: Borrador 1", core.getDescription());
    assertEquals("en-US", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
    assertEquals("/akn/oas/act/model-law/2025/parity", core.getIdentifier());
    assertEquals(DraftEditions.RECORDED.plusSeconds(3600), core.getCreated().toInstant());
  }

  @Test
  void theColophonNamesTheWorkTheVersionAndConsulta() {
    XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", Language.es)));

    assertEquals(
        List.of(
            "Obra: /akn/oas/act/model-law/2025/parity",
            "Versión 1 registrada el 2 de marzo de 2026",
            "Generado por Consulta el 2 de marzo de 2026"),
        doc.getParagraphs().stream()
            .filter(p -> "Colophon".equals(p.getStyle()))
            .map(XWPFParagraph::getText)
            .toList());
  }

  @Test
  void theBilingualEditionHasOneRowPerArticleSpanishLeftEnglishRight() {
    for (String slug : DraftEditions.SHIPPED) {
      DraftDocument es = DraftEditions.read(slug, Language.es);
      DraftDocument en = DraftEditions.read(slug, Language.en);
      XWPFDocument doc = read(DocxEdition.render(DraftEditions.of(slug, Language.es, Language.en)));

      assertEquals(1, doc.getTables().size(), slug);
      XWPFTable table = doc.getTables().get(0);
      XWPFTableRow heading = table.getRow(0);
      assertTrue(heading.isRepeatHeader());
      assertEquals("Español", heading.getCell(0).getText());
      assertEquals("English", heading.getCell(1).getText());

      List<XWPFTableRow> articles =
          table.getRows().stream()
              .filter(row -> "Heading2".equals(row.getCell(0).getParagraphs().get(0).getStyle()))
              .toList();
      assertEquals(es.articles().size(), articles.size(), slug);
      for (int i = 0; i < articles.size(); i++) {
        XWPFTableRow row = articles.get(i);
        DraftArticle left = es.articles().get(i);
        DraftArticle right = en.articles().get(i);
        assertEquals(left.eId(), right.eId());
        assertEquals(
            expectedArticle(left, Language.es), articles(row.getCell(0).getParagraphs()), slug);
        assertEquals(
            expectedArticle(right, Language.en), articles(row.getCell(1).getParagraphs()), slug);
        assertEquals("es-ES", row.getCell(0).getParagraphs().get(0).getRuns().get(0).getLang());
        assertEquals("en-US", row.getCell(1).getParagraphs().get(0).getRuns().get(0).getLang());
      }
    }
  }

  @Test
  void onlyTheFirstLanguagesHeadingsMakeTheOutline() {
    XWPFDocument doc =
        read(DocxEdition.render(DraftEditions.of("parity", Language.es, Language.en)));

    for (XWPFTableRow row : doc.getTables().get(0).getRows().subList(1, 5)) {
      XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
      XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
      assertEquals(left.getStyle(), right.getStyle());
      assertFalse(left.getCTP().getPPr().isSetOutlineLvl());
      assertEquals(BigInteger.valueOf(9), right.getCTP().getPPr().getOutlineLvl().getVal());
    }
  }

  @Test
  void headingRowsAndShortArticlesStayOnOnePageALongArticleMayBreak() {
    Edition edition = DraftEditions.of("parity", Language.es, Language.en);
    XWPFDocument doc = read(DocxEdition.render(edition));
    List<XWPFTableRow> rows = doc.getTables().get(0).getRows();

    XWPFTableRow chapter = rows.get(2);
    assertEquals("Heading1", chapter.getCell(0).getParagraphs().get(0).getStyle());
    assertTrue(chapter.isCantSplitRow());
    XWPFTableRow objectArticle = rows.get(3);
    assertTrue(objectArticle.isCantSplitRow(), objectArticle.getCell(0).getText());
    XWPFTableRow longest =
        rows.stream()
            .max((a, b) -> a.getCell(0).getText().length() - b.getCell(0).getText().length())
            .orElseThrow();
    assertTrue(longest.getCell(0).getText().length() > 3000);
    assertFalse(longest.isCantSplitRow());
  }

  @Test
  void everyPageHasTheRunningHeadAndAPageNumberField() {
    XWPFDocument doc = read(DocxEdition.render(DraftEditions.of("parity", Language.es)));

    assertEquals(
        "Ley Modelo Interamericana sobre Paridad en la Vida Pública y Política · Versión 1:"
            + " Borrador 1",
        doc.getHeaderList().get(0).getText().strip());
    assertEquals(
        " PAGE ",
        doc.getFooterList()
            .get(0)
            .getParagraphs()
            .get(0)
            .getRuns()
            .get(1)
            .getCTR()
            .getInstrTextArray(0)
            .getStringValue());
    var page = doc.getDocument().getBody().getSectPr().getPgSz();
    assertEquals(BigInteger.valueOf(11906), page.getW());
  }

  /** Headings, paragraphs and items from the first article on, as {@code style: text}. */
  static List<String> articles(List<XWPFParagraph> paragraphs) {
    List<String> lines = new ArrayList<>();
    boolean started = false;
    for (XWPFParagraph p : paragraphs) {
      String style = p.getStyle();
      started |= "Heading2".equals(style);
      if (started
          && List.of("Heading2", "BodyText", "NumberedParagraph", "ListItem").contains(style)) {
        lines.add(style + ": " + p.getText());
      }
    }
    return lines;
  }

  private static List<String> expectedArticles(DraftDocument draft, Language lang) {
    List<String> lines = new ArrayList<>();
    draft.articles().forEach(article -> lines.addAll(expectedArticle(article, lang)));
    return lines;
  }

  /** What the draft file says, block by block, with the style each block's shape calls for. */
  private static List<String> expectedArticle(DraftArticle article, Language lang) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Heading2: "
            + EditionWords.of(lang).articleNumber(article.number())
            + ". "
            + article.heading());
    for (String block : article.text().split("\n\\s*\n")) {
      String text = block.strip().replaceAll("\\s*\n\\s*", " ");
      if (text.matches("\\d+\\. .*")) {
        lines.add("NumberedParagraph: " + text.replaceFirst(" ", "\t"));
      } else if (text.matches("[a-z]{1,3}\\) .*")) {
        lines.add("ListItem: " + text.replaceFirst(" ", "\t"));
      } else {
        lines.add("BodyText: " + text);
      }
    }
    return lines;
  }

  private static XWPFParagraph first(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .findFirst()
        .orElseThrow();
  }

  private static CTPPrGeneral pPr(XWPFDocument doc, String id) {
    XWPFStyle style = doc.getStyles().getStyle(id);
    assertNotNull(style, id);
    return style.getCTStyle().getPPr();
  }

  private static int outlineLevel(XWPFDocument doc, String id) {
    return pPr(doc, id).getOutlineLvl().getVal().intValue();
  }

  static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
