package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class ComparisonDocxTest {
  private static final Path LAW = Path.of("src/test/resources/publication/docx-small");

  private static Comparison comparison(Unchanged unchanged) throws IOException {
    Edition first = DraftEditions.of(LAW, Language.es);
    Edition second =
        DraftEditions.parse(
            Files.readString(LAW.resolve("v2/es.md")),
            new EditionVersion(2, "Borrador 2", Instant.parse("2026-04-01T12:00:00Z")));
    return ComparisonBuilder.between(first, second, unchanged);
  }

  @Test
  void theSmallLawsTwoDraftsMatchTheGoldenOutline() throws IOException {
    String actual =
        DocxEditionGoldenTest.outline(
            DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.FOLD))));

    String name = "comparison-es.docx.golden.txt";
    String expected = Files.readString(LAW.resolve(name));
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden/docx-small", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertEquals(expected, actual);
  }

  @Test
  void aLandscapePageOfThreeEqualColumnsWithTheirHeadingRowRepeated() throws IOException {
    XWPFDocument doc = DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.FOLD)));

    var page = doc.getDocument().getBody().getSectPr().getPgSz();
    assertEquals(STPageOrientation.LANDSCAPE, page.getOrient());
    assertEquals(BigInteger.valueOf(16838), page.getW());
    XWPFTable table = doc.getTables().get(0);
    assertTrue(table.getRow(0).isRepeatHeader());
    assertEquals(
        List.of("Versión 1: Borrador 1", "Versión 2: Borrador 2", "Cambios"),
        table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
    var grid = table.getCTTbl().getTblGrid().getGridColList();
    assertEquals(3, grid.size());
    assertEquals(grid.get(0).getW(), grid.get(2).getW());
  }

  @Test
  void insertionsAndDeletionsAreRunsInTheirCharacterStylesNotTrackedChanges() throws IOException {
    XWPFDocument doc = DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.FOLD)));
    XWPFTableRow definitions = row(doc, "Artículo 3. Definiciones y alcance");
    List<XWPFParagraph> changes = definitions.getCell(2).getParagraphs();

    assertEquals("Renumerado, modificado", changes.get(0).getText());
    assertEquals(List.of("2"), styled(changes.get(1), DocxStyles.DELETED));
    assertEquals(List.of("3", "y alcance"), trimmed(styled(changes.get(1), DocxStyles.INSERTED)));
    XWPFParagraph itemA = changes.get(3);
    assertEquals(DocxStyles.ITEM, itemA.getStyle());
    assertTrue(itemA.getText().startsWith("a)\t«registro» significa"));
    assertTrue(styled(itemA, DocxStyles.INSERTED).toString().contains("electrónico o en papel"));
    assertTrue(styled(itemA, DocxStyles.DELETED).toString().contains("base"));
    for (XWPFParagraph p : changes) {
      assertEquals(0, p.getCTP().sizeOfInsArray() + p.getCTP().sizeOfDelArray());
    }
  }

  @Test
  void aDeletedArticleKeepsItsPlaceWithItsTextStruckThrough() throws IOException {
    XWPFDocument doc = DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.FOLD)));
    XWPFTableRow deleted = row(doc, "Artículo 3. Vigencia");

    assertEquals("", deleted.getCell(1).getText());
    List<XWPFParagraph> changes = deleted.getCell(2).getParagraphs();
    assertEquals("Eliminado", changes.get(0).getText());
    for (XWPFParagraph p : changes.subList(2, changes.size())) {
      for (XWPFRun run : p.getRuns()) {
        assertEquals(DocxStyles.DELETED, run.getStyle(), p.getText());
      }
    }
  }

  @Test
  void unchangedArticlesAreFoldedToTheirHeadingsShownInFullOrOmitted() throws IOException {
    XWPFTableRow folded =
        row(DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.FOLD))), "Artículo 1.");
    assertEquals(1, folded.getCell(0).getParagraphs().size());
    assertEquals("Sin cambios", folded.getCell(2).getText());

    XWPFTableRow shown =
        row(DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.SHOW))), "Artículo 1.");
    assertEquals(2, shown.getCell(0).getParagraphs().size());

    XWPFDocument omitted = DocxEditionTest.read(ComparisonDocx.render(comparison(Unchanged.OMIT)));
    assertTrue(
        omitted.getTables().get(0).getRows().stream()
            .noneMatch(r -> r.getCell(0).getText().startsWith("Artículo 1.")));
  }

  private static XWPFTableRow row(XWPFDocument doc, String start) {
    return doc.getTables().get(0).getRows().stream()
        .filter(r -> r.getTableCells().size() == 3)
        .filter(
            r ->
                r.getCell(1).getText().startsWith(start)
                    || r.getCell(1).getText().isEmpty() && r.getCell(0).getText().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + start));
  }

  private static List<String> styled(XWPFParagraph p, String style) {
    return p.getRuns().stream().filter(r -> style.equals(r.getStyle())).map(XWPFRun::text).toList();
  }

  private static List<String> trimmed(List<String> texts) {
    return texts.stream().map(String::strip).toList();
  }
}
