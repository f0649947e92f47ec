package org.consulta.publication;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.consulta.drafting.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table of equal columns across the text width, in the {@link DocxStyles#TABLE} style, whose
 * heading row repeats at the top of every page: the bilingual edition (one column per language) and
 * the comparative table (earlier text, later text, changes) are laid out in one.
 */
public final class DocxTable {
  /**
   * About what a character and a line of body text take, in twentieths of a point (12-point Times
   * with the styles' spacing), to tell how much of a column's text fills a page.
   */
  private static final int CHARACTER_WIDTH = 110;

  private static final int LINE_HEIGHT = 320;

  /** A column: its heading, in the language of its text. */
  public record Column(String heading, Language lang) {}

  private final XWPFTable table;
  private final int columns;
  private final int columnWidth;
  private final int keptTogether;

  public DocxTable(DocxDocument document, List<Column> columns) {
    XWPFDocument doc = document.document();
    this.columns = columns.size();
    this.columnWidth = document.textWidth() / this.columns;
    this.keptTogether = keptTogether(document, columnWidth);
    this.table = doc.createTable(1, this.columns);
    layout(table.getCTTbl());
    XWPFTableRow heading = table.getRow(0);
    heading.setRepeatHeader(true);
    heading.setCantSplitRow(true);
    for (int i = 0; i < this.columns; i++) {
      XWPFTableCell cell = width(heading.getCell(i), 1);
      Column column = columns.get(i);
      DocxText.in(cell, column.lang()).paragraph(DocxStyles.COLUMN_HEADING, column.heading());
    }
  }

  /**
   * Characters in a row's longest cell beyond which it may break: two thirds of a page of the
   * column, so that keeping a row whole never leaves more than that blank at the foot of a page.
   */
  static int keptTogether(DocxDocument document, int columnWidth) {
    return (columnWidth / CHARACTER_WIDTH) * (document.textHeight() / LINE_HEIGHT) * 2 / 3;
  }

  /** A row that stays on one page, such as a division's heading. */
  public List<XWPFTableCell> row() {
    return row(0);
  }

  /**
   * A new row, one cell per column, kept on one page if its longest cell is short: a row longer
   * than a page must be allowed to break, or Word cuts it off at the foot of the page.
   *
   * @param longestCell the characters of text in its longest cell
   */
  public List<XWPFTableCell> row(int longestCell) {
    XWPFTableRow row = table.createRow();
    if (longestCell <= keptTogether) {
      row.setCantSplitRow(true);
    }
    return row.getTableCells().stream().map(cell -> width(cell, 1)).toList();
  }

  /** A row of one cell across every column, kept on one page, such as a division's heading. */
  public XWPFTableCell spanningRow() {
    XWPFTableRow row = table.createRow();
    row.setCantSplitRow(true);
    while (row.getTableCells().size() > 1) {
      row.removeCell(row.getTableCells().size() - 1);
    }
    XWPFTableCell cell = width(row.getCell(0), columns);
    cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
    return cell;
  }

  private XWPFTableCell width(XWPFTableCell cell, int span) {
    var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
    w.setW(BigInteger.valueOf((long) columnWidth * span));
    w.setType(STTblWidth.DXA);
    return cell;
  }

  /**
   * The style instead of the borders POI gives a new table, a fixed layout of equal columns (Word
   * need not measure every cell of a long law), the full text width.
   */
  private void layout(CTTbl tbl) {
    CTTblPr pr = tbl.getTblPr();
    if (pr.isSetTblBorders()) {
      pr.unsetTblBorders();
    }
    (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal(DocxStyles.TABLE);
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setW(BigInteger.valueOf((long) columnWidth * columns));
    width.setType(STTblWidth.DXA);
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int i = 0; i < columns; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
    }
  }
}
