package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
