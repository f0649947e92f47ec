package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class PdfEditionTest {
  /** Each edition is laid out once for all the tests of this class. */
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  @Test
  void everyArticleIsPrintedWithItsNumberHeadingAndFirstWordsInOrder() throws IOException {
    for (String slug : DraftEditions.SHIPPED) {
      for (List<Language> langs : PrintEditionTest.LANGUAGES) {
        Edition edition = PrintEditionTest.edition(slug, langs);
        String text = words(text(pdf(slug, langs)));
        // The body follows the contents and the preamble: start after the preamble's last words.
        List<String> preamble = edition.preamble(langs.get(0));
        int from = text.indexOf(words(preamble.get(preamble.size() - 1)));
        assertTrue(from > 0, slug + " " + langs + ": the preamble is missing");
        // In two columns each language's articles run in order, interleaved with the other's.
        for (Language lang : langs) {
          int at = from;
          for (ArticlePart article : edition.articles()) {
            String opening = opening(article.text(lang).orElseThrow(), EditionWords.of(lang));
            int found = text.indexOf(opening, at);
            assertTrue(found >= 0, slug + " " + langs + ": not found in order: " + opening);
            at = found + opening.length();
          }
        }
      }
    }
  }

  @Test
  void theOutlineHasAnEntryForEveryDivisionAndArticle() throws IOException {
    for (List<Language> langs : PrintEditionTest.LANGUAGES) {
      Edition edition = PrintEditionTest.edition("parity", langs);
      try (PDDocument pdf = Loader.loadPDF(pdf("parity", langs))) {
        List<String> expected = new ArrayList<>();
        labels(edition.body(), EditionWords.of(langs.get(0)), langs.get(0), expected);

        List<String> outline = new ArrayList<>();
        outline(pdf.getDocumentCatalog().getDocumentOutline(), outline);
        assertEquals(expected, outline, langs.toString());
      }
    }
  }

  @Test
  void theMetadataNameTheLawItsVersionAndLanguage() throws IOException {
    Edition edition = DraftEditions.of("parity", Language.en, Language.es);
    try (PDDocument pdf = Loader.loadPDF(PdfEdition.of(edition))) {
      var info = pdf.getDocumentInformation();
      assertEquals(
          "Inter-American Model Law on Parity in Public and Political Life", info.getTitle());
      assertEquals("Version 1: Borrador 1", info.getSubject());
      assertEquals("/akn/oas/act/model-law/2025/parity", info.getKeywords());
      assertEquals("Consulta", info.getCreator());
      assertEquals("en", pdf.getDocumentCatalog().getLanguage());
      assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
      assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
      assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size(), "sRGB output intent");
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    for (List<Language> langs : PrintEditionTest.LANGUAGES) {
      try (PDDocument pdf = Loader.loadPDF(pdf("digital-violence", langs))) {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
          fonts(page.getResources(), fonts);
        }
        assertTrue(fonts.size() > 0);
        assertTrue(
            fonts.stream().allMatch(f -> f.endsWith(" embedded")), langs + ": " + fonts.toString());
      }
    }
  }

  @Test
  void everyLinkIsDescribedForAssistiveTechnology() throws IOException {
    for (List<Language> langs : PrintEditionTest.LANGUAGES) {
      try (PDDocument pdf = Loader.loadPDF(pdf("financial-inclusion", langs))) {
        int links = 0;
        for (PDPage page : pdf.getPages()) {
          for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
              links++;
              assertNotNull(link.getContents(), langs + ": a link without Contents");
            }
          }
        }
        assertTrue(links > 40, langs + ": " + links + " links");
      }
    }
  }

  @Test
  void anyPrintDocumentBecomesAPdfWithItsTitleLanguageAndOutline() throws IOException {
    XhtmlWriter out = PrintFrame.begin(Language.fr, "Tableau", PrintFrame.stylesheet("T", "V"));
    out.element("h2", "Première partie", "id", "one").element("p", "Texte « cité ».");
    PrintDocument document =
        new PrintDocument(
            PrintFrame.end(out),
            "Tableau comparatif",
            "Versions 1 et 2",
            Language.fr,
            "/akn/x",
            List.of(new PrintDocument.Bookmark("Première partie", "one", List.of())));

    try (PDDocument pdf = Loader.loadPDF(PdfEdition.render(document))) {
      assertEquals("Tableau comparatif", pdf.getDocumentInformation().getTitle());
      assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
      List<String> outline = new ArrayList<>();
      outline(pdf.getDocumentCatalog().getDocumentOutline(), outline);
      assertEquals(List.of("Première partie"), outline);
      assertTrue(new PDFTextStripper().getText(pdf).contains("Texte « cité »."));
    }
  }

  @Test
  void theSmallLawPrintsItsGoldenText() throws IOException {
    String text = text(PdfEdition.of(PrintEditionTest.tinyLaw()));
    assertEquals(PrintEditionTest.resource("tiny-law.es.pdf.txt"), text);
  }

  private static byte[] pdf(String slug, List<Language> langs) {
    return PDFS.computeIfAbsent(
        slug + langs, key -> PdfEdition.of(PrintEditionTest.edition(slug, langs)));
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The text with every run of white space as one space, as the lines of a page break it, and
   * compounds broken after their hyphen at a line end made whole again.
   */
  private static String words(String text) {
    return text.replaceAll("(?<=\\p{L})-\\s+(?=\\p{L})", "-").replaceAll("\\s+", " ").strip();
  }

  /** {@code Artículo 2. Ámbito de aplicación 1. Esta Ley es de orden}. */
  private static String opening(ArticleText article, EditionWords words) {
    Paragraph first = article.paragraphs().get(0);
    String firstWords =
        Arrays.stream(first.text().split("\\s+")).limit(6).collect(Collectors.joining(" "));
    return words(
        words.articleNumber(article.number())
            + ". "
            + article.heading()
            + " "
            + (first.num() == null ? "" : first.num() + " ")
            + firstWords);
  }

  private static void labels(
      List<Part> parts, EditionWords words, Language lang, List<String> out) {
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        out.add(division.heading(lang).full());
        labels(division.children(), words, lang, out);
      } else if (part instanceof ArticlePart article) {
        ArticleText text = article.text(lang).orElseThrow();
        out.add(words.articleNumber(text.number()) + ". " + text.heading());
      }
    }
  }

  private static void outline(PDOutlineNode node, List<String> out) {
    assertNotNull(node, "no outline");
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      outline(item, out);
    }
  }

  /** Each font of the resources and of the forms they hold, as "name embedded|NOT EMBEDDED". */
  private static void fonts(PDResources resources, List<String> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        fonts(form.getResources(), out);
      }
    }
  }
}
