package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  @Test
  void plainCellsAreLeftAlone() {
    assertEquals("Paridad plena", ReportCsv.cell("Paridad plena"));
    assertEquals("", ReportCsv.cell(null));
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertEquals("\"uno, dos\"", ReportCsv.cell("uno, dos"));
    assertEquals("\"dice \"\"sí\"\"\"", ReportCsv.cell("dice \"sí\""));
    assertEquals("\"línea\notra\"", ReportCsv.cell("línea\notra"));
  }

  @Test
  void cellsASpreadsheetWouldRunAreDefused() {
    assertEquals("'=1+1", ReportCsv.cell("=1+1"));
    assertEquals("'+57 1 555", ReportCsv.cell("+57 1 555"));
    assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ReportCsv.cell("=HYPERLINK(\"x\")"));
  }

  @Test
  void oneRowPerContributionInArticleOrderWithRepliesAfterTheirThread() {
    String[] rows = csv(ReportExample.report(Language.es), false).split("\r\n");
    assertEquals(9, rows.length, String.join("\n", rows));
    assertEquals(
        "2,7,1,5,6,3,4,8",
        java.util.Arrays.stream(rows, 1, rows.length)
            .map(r -> r.substring(0, r.indexOf(',')))
            .reduce((a, b) -> a + "," + b)
            .orElseThrow());
    assertTrue(
        rows[3].startsWith(
            "1,,Comentario,Artículo 3,Lucía Pérez,ONU Mujeres,México,"
                + "Sociedad civil,En línea,,"),
        rows[3]);
    assertTrue(
        rows[4].startsWith("5,1,Respuesta,Artículo 3,John Smith,,Canadá,Gobierno,"), rows[4]);
    assertTrue(rows[1].contains(",'=SUM(A1),"), rows[1]);
    assertTrue(
        rows[8].startsWith(
            "8,,Comentario,Artículo 10,Ana Gómez,,Colombia,Parlamento,En reunión,"
                + "Reunión de Bogotá,"),
        rows[8]);
    assertTrue(rows[3].contains(",\"Definir «acoso», con \"\"comillas\"\".\","), rows[3]);
  }

  @Test
  void headersAndValuesAreInTheReportsLanguageAndNoCodeOrIsoTimestampShows() {
    String es = csv(ReportExample.report(Language.es), false);
    String en = csv(ReportExample.report(Language.en), false);
    assertTrue(es.startsWith("Número,Respuesta a,Tipo,Artículo,Autoría,Organización,País,"), es);
    assertTrue(en.startsWith("Number,Reply to,Kind,Article,Author,Organisation,Country,"), en);
    assertTrue(es.contains("Aceptada") && en.contains("Accepted"));
    assertTrue(es.contains("1 de marzo de 2026, 10:00 UTC"), es);
    assertTrue(en.contains("March 1, 2026, 10:00 UTC"), en);
    for (String csv : new String[] {es, en}) {
      assertFalse(csv.contains("civil_society"), csv);
      assertFalse(csv.contains("not_accepted"), csv);
      assertFalse(csv.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"), csv);
    }
  }

  @Test
  void aByteOrderMarkOnlyWhenAskedFor() {
    byte[] with = csv(ReportExample.report(Language.es), true).getBytes(StandardCharsets.UTF_8);
    byte[] without = csv(ReportExample.report(Language.es), false).getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xEF, with[0]);
    assertEquals((byte) 0xBB, with[1]);
    assertEquals((byte) 0xBF, with[2]);
    assertEquals('N', without[0]);
    assertEquals(with.length, without.length + 3);
  }

  private static String csv(ConsultationReport report, boolean bom) {
    var csv = new StringWriter();
    ReportCsv.write(report, bom, csv);
    return csv.toString();
  }
}
