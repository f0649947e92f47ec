package org.consulta.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class MatrixCsvTest {
  private static Map<String, Integer> counts(int adopted, int partial, int not, int unassessed) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("adopted", adopted);
    counts.put("partial", partial);
    counts.put("not_adopted", not);
    counts.put("not_assessed", unassessed);
    return counts;
  }

  @Test
  void aRowPerArticleWithEachCountrysStatusThenTheCountsOfEachCountry() {
    var matrix =
        new ImplementationMatrix(
            "parity",
            Language.es,
            ImplementationViews.statuses(),
            counts(1, 1, 0, 2),
            List.of(
                new ImplementationMatrix.Column("CL", "Chile", counts(1, 0, 0, 1), 2),
                new ImplementationMatrix.Column("PE", "Perú", counts(0, 1, 0, 1), 0)),
            List.of(
                new ImplementationMatrix.Row(
                    "art_1",
                    1,
                    "Objeto, ámbito",
                    false,
                    counts(1, 1, 0, 0),
                    List.of(
                        new ImplementationMatrix.Cell("CL", "adopted", 2, 1, 2),
                        new ImplementationMatrix.Cell("PE", "partial", 1, 0, 0))),
                new ImplementationMatrix.Row(
                    "art_9",
                    null,
                    "=HYPERLINK(\"x\")",
                    true,
                    counts(0, 0, 0, 2),
                    List.of(
                        new ImplementationMatrix.Cell("CL", "not_assessed", 0, 0, 0),
                        new ImplementationMatrix.Cell("PE", "not_assessed", 0, 0, 0)))));
    assertEquals(
        String.join(
            "\r\n",
            "article,number,heading,CL,PE,adopted,partial,not_adopted,not_assessed",
            "art_1,1,\"Objeto, ámbito\",adopted,partial,1,1,0,0",
            "art_9,,\"'=HYPERLINK(\"\"x\"\")\",not_assessed,not_assessed,0,0,0,2",
            "adopted,,,1,0,1,,,",
            "partial,,,0,1,,1,,",
            "not_adopted,,,0,0,,,0,",
            "not_assessed,,,1,1,,,,2",
            ""),
        MatrixCsv.render(matrix));
  }

  @Test
  void formulaLikeCellsAreDefused() {
    assertEquals("'-1", MatrixCsv.cell("-1"));
    assertEquals("'@SUM(A1)", MatrixCsv.cell("@SUM(A1)"));
    assertEquals("plain", MatrixCsv.cell("plain"));
  }
}
