package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

/** The comparative table as PDF, read back with PDFBox. */
class ComparisonPdfTest {
  /** Each table is laid out once for all the tests of this class. */
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  private static final EditionWords ES = EditionWords.of(Language.es);

  @Test
  void theSummaryAndEveryArticleArePrintedInTheTablesOrder() throws IOException {
    for (String law : List.of("small", "parity")) {
      Comparison comparison = comparison(law);
      String text = PdfEditionTest.words(PdfEditionTest.text(pdf(law)));

      ComparisonSummary s = comparison.summary();
      String summary =
          "Modificados: %d · Añadidos: %d · Eliminados: %d · Movidos: %d · Renumerados: %d · Sin cambios: %d"
              .formatted(
                  s.changed(), s.added(), s.deleted(), s.moved(), s.renumbered(), s.unchanged());
      int at = text.indexOf(summary);
      assertTrue(at > 0, law + ": no summary " + summary + " in " + text);
      for (ComparisonRow row : comparison.rows()) {
        // The later text's heading, or the earlier one's if the article was deleted.
        ArticleText shown = row.after() != null ? row.after() : row.before();
        String label = PdfEditionTest.words(EditionOutline.label(shown, ES));
        int found = text.indexOf(label, at);
        assertTrue(found >= 0, law + ": not found in order: " + label);
        at = found + label.length();
      }
    }
  }

  @Test
  void everyPageIsLandscapeAndRepeatsTheHeaderRowOverTheTable() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pdf("parity"))) {
      assertTrue(pdf.getNumberOfPages() > 3, pdf.getNumberOfPages() + " pages");
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        PDRectangle box = pdf.getPage(page - 1).getMediaBox();
        assertTrue(box.getWidth() > box.getHeight(), "page " + page + " is upright");
        if (page < pdf.getNumberOfPages()) {
          // Every page but the last, which may hold the colophon alone.
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String text = PdfEditionTest.words(stripper.getText(pdf));
          assertTrue(
              text.contains("VERSIÓN 1: BORRADOR 1 VERSIÓN 2: BORRADOR 2 CAMBIOS"),
              "page " + page + ": " + text);
        }
      }
    }
  }

  @Test
  void theOutlineNamesEachDivisionAndArticleAndTheMetadataTheTable() throws IOException {
    PrintDocument document = ComparisonPrint.of(comparison("small"));
    try (PDDocument pdf = Loader.loadPDF(pdf("small"))) {
      List<String> expected = new ArrayList<>();
      labels(document.bookmarks(), expected);
      List<String> outline = new ArrayList<>();
      outline(pdf.getDocumentCatalog().getDocumentOutline(), outline);
      assertEquals(expected, outline);
      assertEquals(7, outline.size());

      var info = pdf.getDocumentInformation();
      assertEquals(
          "Ley Modelo de Prueba sobre Registros Públicos · Cuadro comparativo", info.getTitle());
      assertEquals(
          "Cuadro comparativo: Versión 1: Borrador 1 → Versión 2: Borrador 2", info.getSubject());
      assertEquals("/akn/oas/act/model-law/2026/small", info.getKeywords());
      assertEquals("es", pdf.getDocumentCatalog().getLanguage());
      assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
    }
  }

  @Test
  void theSmallLawsTwoDraftsPrintTheirGoldenText() throws IOException {
    ComparisonPrintTest.golden("comparison-es.pdf.txt", PdfEditionTest.text(pdf("small")));
  }

  private static Comparison comparison(String law) {
    try {
      return law.equals("small")
          ? ComparisonPrintTest.comparison(Unchanged.FOLD)
          : ComparisonPrintTest.parity(Unchanged.FOLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] pdf(String law) {
    return PDFS.computeIfAbsent(law, key -> PdfEdition.render(ComparisonPrint.of(comparison(key))));
  }

  private static void labels(List<PrintDocument.Bookmark> bookmarks, List<String> out) {
    for (PrintDocument.Bookmark bookmark : bookmarks) {
      out.add(bookmark.label());
      labels(bookmark.children(), out);
    }
  }

  private static void outline(PDOutlineNode node, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      outline(item, out);
    }
  }
}
