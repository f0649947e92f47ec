package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;
import org.consulta.publication.PrintFrame;
import org.junit.jupiter.api.Test;

/** The report's PDF laid out by {@link ReportPdf}, read back with PDFBox. */
class ReportPdfTest {
  private static final Pattern NUMBERED = Pattern.compile("\\bw(\\d+)\\b");

  @Test
  void aLongContributionRunsOverPagesWithEveryWordInOrder() throws IOException {
    String text = IntStream.rangeClosed(1, 4000).mapToObj(n -> "w" + n).collect(joining());
    var report = withOneContribution(ReportExample.report(Language.es), text);
    try (PDDocument doc = Loader.loadPDF(pdf(report))) {
      assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
      List<Integer> numbers = new ArrayList<>();
      Matcher m = NUMBERED.matcher(new PDFTextStripper().getText(doc));
      while (m.find()) {
        numbers.add(Integer.parseInt(m.group(1)));
      }
      assertEquals(IntStream.rangeClosed(1, 4000).boxed().toList(), numbers);
    }
  }

  @Test
  void linesAreAsFullAsTheMeasureAllowsAndLoseNoWord() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfFace face = PdfFace.embed(doc, PrintFrame.FACES.get(0), "R");
      String text = "la ley garantiza la paridad en los  órganos del Estado " + "x".repeat(300);
      float measure = face.width("la ley garantiza la paridad", 0, 27);
      int[] lines = PdfLines.of(text, face, measure);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < lines.length; i += 2) {
        String line = text.substring(lines[i], lines[i + 1]);
        assertTrue(face.width(line, 0, line.length()) <= measure, line);
        assertFalse(line.startsWith(" ") || line.endsWith(" "), line);
        if (i + 2 < lines.length && !line.startsWith("x")) {
          String next = text.substring(lines[i + 2], lines[i + 3]).split(" ")[0];
          String wider = line + " " + next;
          assertTrue(face.width(wider, 0, wider.length()) > measure, "room left on: " + line);
        }
        words.add(line);
      }
      assertEquals("la ley garantiza la paridad", words.get(0));
      assertEquals(
          text.replaceAll(" +", " ").replace(" ", ""), String.join("", words).replace(" ", ""));
      assertTrue(words.size() > 3, "the long word is broken where it overflows");
    }
  }

  @Test
  void aCharacterTheFontsLackIsShownAsAQuestionMarkAndTheRestStays() throws IOException {
    var report = withOneContribution(ReportExample.report(Language.es), "Gracias 😀 por 中文 todo.");
    try (PDDocument doc = Loader.loadPDF(pdf(report))) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Gracias ? por ?? todo."), text);
    }
  }

  @Test
  void aRoundWithoutContributionsIsOneTaggedPageWithItsSummary() throws IOException {
    var r = ReportExample.report(Language.en);
    var empty =
        new ConsultationReport(
            r.round(),
            r.language(),
            r.generatedAt(),
            new ConsultationReport.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            Map.of(),
            List.of(),
            ReportSections.of(List.of()),
            List.of(new ConsultationReport.NumberRun(1, 12)),
            List.of());
    try (PDDocument doc = Loader.loadPDF(pdf(empty))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Summary"), text);
      assertTrue(text.contains("Articles 1–12: no contributions"), text);
      assertEquals(1, doc.getDocumentCatalog().getStructureTreeRoot().getParentTreeNextKey());
    }
  }

  @Test
  void eachArticleWithContributionsHasItsBookmark() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportExample.report(Language.es)))) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
      }
      assertEquals(
          List.of(
              "Resumen",
              "Artículo 2. Encabezado 2",
              "Artículo 3. Encabezado 3",
              "Artículo 10. Encabezado 10"),
          titles);
    }
  }

  @Test
  void inEnglishTheLabelsAreEnglishAndNoCodeShows() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportExample.report(Language.en)))) {
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      for (String label :
          List.of(
              "Consultation report",
              "Summary",
              "By country",
              "Canada",
              "Civil society",
              "From March 1, 2026 to March 31, 2026",
              "Articles 1, 4–9, 11–12: no contributions",
              "Accepted")) {
        assertTrue(text.contains(label), label + " in " + text);
      }
      for (String code : List.of("civil_society", "not_accepted", " MX ", "online")) {
        assertFalse(text.contains(code), code);
      }
    }
  }

  @Test
  void theDocumentIsTaggedAndDescribedForArchives() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportExample.report(Language.es)))) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo().isMarked());
      var root = catalog.getStructureTreeRoot();
      var document = (COSDictionary) root.getCOSObject().getDictionaryObject(COSName.K);
      var kids = document.getCOSArray(COSName.K);
      var first = (COSDictionary) kids.getObject(0);
      assertEquals("H1", first.getCOSName(COSName.S).getName());
      assertEquals(doc.getNumberOfPages(), root.getParentTreeNextKey());
      String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertEquals(1, catalog.getOutputIntents().size());
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("Informe de la consulta"));
    }
  }

  private static byte[] pdf(ConsultationReport report) {
    var out = new ByteArrayOutputStream();
    ReportPdf.write(report, out);
    return out.toByteArray();
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(" ");
  }

  /** The report with one article and one contribution of {@code text}. */
  private static ConsultationReport withOneContribution(ConsultationReport r, String text) {
    Contribution sample = ReportExample.sections(r).get(0).contributions().get(0);
    var long_ =
        new Contribution(
            sample.id(),
            sample.kind(),
            sample.lang(),
            sample.author(),
            sample.channel(),
            sample.meeting(),
            sample.createdAt(),
            null,
            sample.anchorState(),
            text,
            null,
            null,
            null,
            null,
            List.of(),
            List.of());
    return new ConsultationReport(
        r.round(),
        r.language(),
        r.generatedAt(),
        r.totals(),
        r.byCountry(),
        r.bySector(),
        r.byOrganisation(),
        r.byChannel(),
        r.byMeeting(),
        r.byDisposition(),
        r.byAnchorState(),
        r.perArticle(),
        ReportSections.of(
            List.of(new ArticleSection("art_2", 2, "Encabezado 2", "Texto.", 1, List.of(long_)))),
        r.withoutContributions(),
        r.unanswered());
  }
}
