package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class RendererWarmupTest {
  private final Edition law = RendererWarmup.oneArticleLaw();

  @Test
  void theWarmupLawHasAChapterWithAnArticleOfParagraphAndPoints() {
    var chapter = (DivisionPart) law.body().get(0);
    var article = (ArticlePart) chapter.children().get(0);
    var paragraph = article.texts().values().iterator().next().paragraphs().get(0);
    assertEquals(List.of("a)", "b)"), paragraph.points().stream().map(Point::num).toList());
  }

  @Test
  void itLaysOutAsPdfAndWord() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfEdition.of(law))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Artículo 1"), text);
      assertTrue(text.contains("garantizar la paridad"), text);
    }
    try (var docx = new XWPFDocument(new ByteArrayInputStream(DocxEdition.render(law)))) {
      assertTrue(
          docx.getParagraphs().stream()
              .anyMatch(p -> p.getText().contains("prevenir la violencia")));
    }
  }
}
