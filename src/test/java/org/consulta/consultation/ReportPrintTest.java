package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

/** The printed report in each language: as HTML, as PDF read back with PDFBox, as Word with POI. */
class ReportPrintTest {
  private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d");
  private static final List<String> CODES =
      List.of(
          "civil_society", "not_accepted", "out_of_scope", ">MX<", ">CA<", ">online<", ">none<");

  /** What a reader meets in order, in Spanish. */
  private static final List<String> ES_ORDER =
      List.of(
          "Ley modelo de paridad",
          "Informe de la consulta",
          "Primera consulta",
          "Versión 2 · Del 1 de marzo de 2026 al 31 de marzo de 2026 · Cerrada",
          "Resumen",
          "Contribuciones 6",
          "Por país",
          "México 3",
          "Por sector",
          "Sociedad civil 3",
          "Por organización",
          "Sin organización 3",
          "Por canal",
          "En línea 5",
          "En reunión 1",
          "Por reunión",
          "Reunión de Bogotá · 2 de marzo de 2026, 04:00 (America/Bogota) · Bogotá 1",
          "Reunión virtual · 3 de marzo de 2026, 09:00 (UTC) · virtual 0",
          "Por respuesta",
          "Sin respuesta 3",
          "Artículos 1, 4–9, 11–12: sin contribuciones",
          "Artículo 2. Encabezado 2 (2)",
          "Texto consultado del artículo 2.",
          "John Smith",
          "=SUM(A1)",
          "Artículo 3. Encabezado 3 (2)",
          "Lucía Pérez · ONU Mujeres · México · Sociedad civil · En línea · 1 de marzo de 2026",
          "Definir «acoso»",
          "Aceptada",
          "Se añade la definición.",
          "Aplicada en la revisión 4 del artículo",
          "Gracias.",
          "A usted.",
          "Oculta por la redacción: insultos",
          "Artículo 10. Encabezado 10 (2)",
          "Sobre el pasaje: «Texto»",
          "Texto nuevo.",
          "Ana Gómez · Colombia · Parlamento · Reunión de Bogotá · 2 de marzo de 2026",
          "Incluir a los concejos municipales.",
          "Generado por Consulta el 2 de abril de 2026, 10:15 UTC");

  @Test
  void theHtmlCarriesTheReportsLanguageAndNoCodeOrIsoTimestamp() {
    for (Language lang : ReportWords.LANGUAGES) {
      String html = xhtml(ReportExample.report(lang));
      assertTrue(
          html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">"));
      assertFalse(ISO_TIMESTAMP.matcher(html).find(), html);
      for (String code : CODES) {
        assertFalse(html.contains(code), lang + " shows " + code);
      }
      assertFalse(html.contains("Texto ofensivo"), "a hidden contribution's text is not published");
      assertTrue(
          html.contains("href=\"../../../#/laws/parity/articles/art_3/history?lang=" + lang));
    }
    String en = xhtml(ReportExample.report(Language.en));
    assertTrue(en.contains("Articles 1, 4–9, 11–12: no contributions"), en);
    assertTrue(en.contains("Canada"), en);
    assertTrue(en.contains("Civil society"), en);
    assertTrue(en.contains("From March 1, 2026 to March 31, 2026"), en);
  }

  @Test
  void theStreamedPageIsTheWholePageWrittenAContributionAtATime() throws Exception {
    var report = ReportExample.report(Language.es);
    var sink = new WritesCounted();
    ReportPrint.write(report, sink);
    var page =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(sink.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", page.getDocumentElement().getTagName());
    inOrder(words(page.getDocumentElement().getTextContent()), ES_ORDER);
    assertTrue(sink.writes > 6, "one write per contribution, not one for the page: " + sink.writes);
  }

  @Test
  void theChartsAreStaticSvgWithTheirNumbersAsText() {
    String html = xhtml(ReportExample.report(Language.es));
    // The page's own title, then one per article's bar.
    assertEquals(1 + 12, html.split("<title>", -1).length - 1);
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertTrue(html.contains("id=\"chart-disposition\""));
    assertFalse(html.contains("<script"));
  }

  @Test
  void thePdfReadsInTheReportsOrder() throws IOException {
    var out = new ByteArrayOutputStream();
    ReportPdf.write(ReportExample.report(Language.es), out);
    byte[] pdf = out.toByteArray();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = words(new PDFTextStripper().getText(doc));
      assertEquals("es", doc.getDocumentCatalog().getLanguage());
    }
    inOrder(text, ES_ORDER);
    assertFalse(ISO_TIMESTAMP.matcher(text).find(), text);
  }

  @Test
  void theWordDocumentReadsInTheReportsOrderWithTheChartsAsTables() throws IOException {
    byte[] docx = ReportExample.docx(ReportExample.report(Language.es));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = words(extractor.getText());
      // A contribution's cell, replies included, comes before the answer's cell beside it.
      List<String> replies = List.of("Gracias.", "A usted.");
      inOrder(text, ES_ORDER.stream().filter(s -> !replies.contains(s)).toList());
      inOrder(text, List.of("Definir «acoso»", "Gracias.", "A usted.", "Aceptada"));
      assertFalse(text.contains("civil_society"), text);
      // Totals, per article, country, sector, organisation, channel, meeting and answer, then one
      // matrix per article.
      assertEquals(8 + 3, doc.getTables().size());
      assertEquals("es-ES", doc.getParagraphs().get(0).getRuns().get(0).getLang());
    }
  }

  /** Counts the writes it is sent. */
  private static String xhtml(ConsultationReport report) {
    var page = new StringWriter();
    ReportPrint.write(report, page);
    return page.toString();
  }

  private static final class WritesCounted extends StringWriter {
    int writes;

    @Override
    public StringWriter append(CharSequence text) {
      writes++;
      return super.append(text);
    }
  }

  private static void inOrder(String text, List<String> expected) {
    int at = 0;
    for (String piece : expected) {
      int found = text.indexOf(words(piece), at);
      assertTrue(found >= 0, "not found in order: " + piece + "\nafter: " + text.substring(at));
      at = found + words(piece).length();
    }
  }

  /** Runs of white space as one space: line and page breaks fall where the layout puts them. */
  private static String words(String text) {
    return Pattern.compile("\\s+").splitAsStream(text).collect(Collectors.joining(" "));
  }
}
