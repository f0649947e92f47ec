package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class DocxStreamTest {
  private static final List<DocxTable.Column> COLUMNS =
      List.of(
          new DocxTable.Column("Contribución", Language.es),
          new DocxTable.Column("Answer", Language.en));

  private static final Instant WHEN = Instant.parse("2026-04-02T10:15:00Z");

  /** Long enough that its row may break across pages. */
  private static final String LONG = "palabra ".repeat(3000).trim();

  @Test
  void writesWhatDocxTextAndDocxTableWrite() throws IOException {
    DocxDocument made = new DocxDocument(Language.es, false);
    made.text(Language.es).paragraph(DocxStyles.BODY, "Antes");
    var table = new DocxTable(made, COLUMNS);
    List<XWPFTableCell> cells = table.row(10);
    DocxText first = DocxText.in(cells.get(0), Language.es);
    first.paragraph(DocxStyles.CHANGE_NOTE, "#1 · Comentario");
    first.paragraph(DocxStyles.BODY, "uno\tdos\t");
    first.paragraph(DocxStyles.BODY, " con espacios ");
    first.paragraph(DocxStyles.ARTICLE, "Artículo 2");
    first.paragraph(DocxStyles.BODY, "");
    cells = table.row(LONG.length());
    DocxText.in(cells.get(0), Language.es).paragraph(DocxStyles.BODY, LONG);
    DocxText.in(cells.get(1), Language.en).paragraph(DocxStyles.BODY, "Accepted");
    made.text(Language.es).paragraph(DocxStyles.BODY, "Después");
    describe(made);

    byte[] streamed =
        streamed(
            body -> {
              try (var t = body.table(COLUMNS)) {
                t.row(10);
                DocxStream.Text cell = t.cell();
                cell.paragraph(DocxStyles.CHANGE_NOTE, "#1 · Comentario");
                cell.paragraph(DocxStyles.BODY, "uno\tdos\t");
                cell.paragraph(DocxStyles.BODY, " con espacios ");
                cell.paragraph(DocxStyles.ARTICLE, "Artículo 2");
                cell.paragraph(DocxStyles.BODY, "");
                t.cell();
                t.row(LONG.length());
                t.cell().paragraph(DocxStyles.BODY, LONG);
                t.cell().paragraph(DocxStyles.BODY, "Accepted");
              }
            });

    Map<String, String> expected = parts(made.bytes());
    Map<String, String> actual = parts(streamed);
    assertEquals(expected.keySet().stream().toList(), actual.keySet().stream().toList());
    expected.forEach((name, xml) -> assertEquals(xml, actual.get(name), name));
  }

  @Test
  void textThatXmlCannotCarryIsEscapedOrReplaced() throws IOException {
    String said = "<b>a & b</b> \"citado\" 'simple' ]]> fin 👩🏽‍⚖️";
    byte[] streamed =
        streamed(
            body -> {
              try (var t = body.table(COLUMNS)) {
                t.row(0);
                t.cell().paragraph(DocxStyles.BODY, said);
                t.cell().paragraph(DocxStyles.BODY, "nul\u0000 bell\u0007 lone\uD800 end\uFFFE");
              }
            });

    try (var doc = new XWPFDocument(new ByteArrayInputStream(streamed))) {
      var row = doc.getTables().get(0).getRow(1);
      assertEquals(said, row.getCell(0).getText());
      assertEquals("nul\uFFFD bell\uFFFD lone\uFFFD end\uFFFD", row.getCell(1).getText());
      assertEquals("Antes", doc.getParagraphs().get(0).getText());
      assertEquals("Después", doc.getParagraphs().get(1).getText());
    }
  }

  @Test
  void aRowTakesAsManyCellsAsTheTableHasColumns() {
    assertThrows(
        IllegalStateException.class,
        () ->
            streamed(
                body -> {
                  try (var t = body.table(COLUMNS)) {
                    t.row(0);
                    t.cell();
                    t.cell();
                    t.cell();
                  }
                }));
  }

  @Test
  void aDocumentWithoutItsPlaceholderIsRefused() {
    var doc = new DocxDocument(Language.es, false);
    assertThrows(
        IllegalStateException.class,
        () -> DocxStream.write(doc, OutputStream.nullOutputStream(), body -> {}));
  }

  /** {@code Antes}, the streamed part, {@code Después}. */
  private static byte[] streamed(Consumer<DocxStream> part) throws IOException {
    DocxDocument doc = new DocxDocument(Language.es, false);
    doc.text(Language.es).paragraph(DocxStyles.BODY, "Antes");
    DocxStream.placeholder(doc);
    doc.text(Language.es).paragraph(DocxStyles.BODY, "Después");
    describe(doc);
    var out = new ByteArrayOutputStream();
    DocxStream.write(doc, out, part);
    return out.toByteArray();
  }

  /** Properties with a fixed date, so that two documents made apart are equal. */
  private static void describe(DocxDocument doc) {
    doc.runningHead("Ley · Informe");
    doc.pageNumbers();
    doc.properties("Informe", "Ronda 1", List.of(Language.es), "/akn/xx/act/1", WHEN);
  }

  /** Each part of a package by name, in the order of the file. */
  static Map<String, String> parts(byte[] docx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
