package org.consulta.publication;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.consulta.drafting.Language;

/**
 * A Word document too long to hold as a tree of objects, such as the consultation report of a
 * hundred thousand contributions: {@link DocxDocument} makes what is small (styles, running head,
 * page numbers, properties, and the body around one {@link #placeholder}), and the long part in
 * between is written straight into the package as WordprocessingML while it is made, with the
 * paragraphs, runs and tables {@link DocxText} and {@link DocxTable} would have made.
 */
public final class DocxStream {
  private static final String DOCUMENT_PART = "word/document.xml";

  private static final String MARK = "consulta:streamed-part";

  /**
   * The paragraph the streamed part replaces, as POI writes it: a paragraph of the document's own
   * text has a style and a language, so it cannot be taken for this one.
   */
  private static final String PLACEHOLDER = "<w:p><w:r><w:t>" + MARK + "</w:t></w:r></w:p>";

  private final XMLStreamWriter xml;
  private final DocxDocument document;
  private int paragraphs;

  private DocxStream(XMLStreamWriter xml, DocxDocument document) {
    this.xml = xml;
    this.document = document;
  }

  /**
   * Marks where in {@code document}'s body the streamed part goes: once, after what precedes it.
   */
  public static void placeholder(DocxDocument document) {
    document.document().createParagraph().createRun().setText(MARK);
  }

  /**
   * Writes {@code document} as a Word file to {@code out}, {@code part} writing what goes in place
   * of its placeholder. Every part is copied from the package POI makes of {@code document} but the
   * body, so that what Word reads besides the body is what POI made. {@code out} is left open.
   */
  public static void write(DocxDocument document, OutputStream out, Consumer<DocxStream> part)
      throws IOException {
    byte[] made = document.bytes();
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // At the default level, deflating a long body takes three times as long as writing it; the
    // fastest level makes the file about two fifths larger.
    zip.setLevel(Deflater.BEST_SPEED);
    try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(made))) {
      for (ZipEntry entry; (entry = parts.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(DOCUMENT_PART)) {
          body(new String(parts.readAllBytes(), StandardCharsets.UTF_8), zip, document, part);
        } else {
          parts.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    zip.finish();
  }

  private static void body(
      String made, OutputStream zip, DocxDocument document, Consumer<DocxStream> part)
      throws IOException {
    int at = made.indexOf(PLACEHOLDER);
    if (at < 0) {
      throw new IllegalStateException("the document has no placeholder for its streamed part");
    }
    Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    text.write(made, 0, at);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      part.accept(new DocxStream(xml, document));
      xml.flush();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    text.write(made, at + PLACEHOLDER.length(), made.length() - at - PLACEHOLDER.length());
    text.flush();
  }

  /** Paragraphs into the body in {@code lang}. */
  public Text text(Language lang) {
    return new Text(DocxStyles.tag(lang), false);
  }

  /** A table as {@link DocxTable} lays it out, its heading row written now. */
  public Table table(List<DocxTable.Column> columns) {
    return new Table(columns);
  }

  /** Writes paragraphs in one language, as {@link DocxText} does. */
  public final class Text {
    private final String tag;
    private final boolean inTable;

    private Text(String tag, boolean inTable) {
      this.tag = tag;
      this.inTable = inTable;
    }

    /** A paragraph in {@code style}, holding {@code text} unless it is empty. */
    public void paragraph(String style, String text) {
      try {
        xml.writeStartElement("w:p");
        xml.writeStartElement("w:pPr");
        value("w:pStyle", style);
        if (inTable && style.equals(DocxStyles.ARTICLE)) {
          value("w:keepNext", "off");
        }
        xml.writeEndElement();
        if (!text.isEmpty()) {
          run(text);
        }
        xml.writeEndElement();
        paragraphs++;
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    private void run(String text) throws XMLStreamException {
      xml.writeStartElement("w:r");
      xml.writeStartElement("w:rPr");
      value("w:lang", tag);
      xml.writeEndElement();
      String safe = XmlOut.xmlSafe(text);
      int from = 0;
      for (int tab = safe.indexOf('\t'); tab >= 0; tab = safe.indexOf('\t', from)) {
        piece(safe, from, tab);
        xml.writeEmptyElement("w:tab");
        from = tab + 1;
      }
      piece(safe, from, safe.length());
      xml.writeEndElement();
    }

    /** Spaces at either end kept, as POI marks them. */
    private void piece(String text, int from, int to) throws XMLStreamException {
      if (from == to) {
        return;
      }
      xml.writeStartElement("w:t");
      if (Character.isWhitespace(text.charAt(from))
          || Character.isWhitespace(text.charAt(to - 1))) {
        xml.writeAttribute("xml:space", "preserve");
      }
      xml.writeCharacters(text.substring(from, to));
      xml.writeEndElement();
    }
  }

  /**
   * A table being written: {@link #row} opens each row, {@link #cell} each of its cells in turn,
   * {@link #close} ends the table.
   */
  public final class Table implements AutoCloseable {
    private final List<DocxTable.Column> columns;
    private final int columnWidth;
    private final int keptTogether;
    private int cells = -1;
    private int paragraphsBefore;

    private Table(List<DocxTable.Column> columns) {
      this.columns = columns;
      this.columnWidth = document.textWidth() / columns.size();
      this.keptTogether = DocxTable.keptTogether(document, columnWidth);
      try {
        xml.writeStartElement("w:tbl");
        xml.writeStartElement("w:tblPr");
        value("w:tblStyle", DocxStyles.TABLE);
        width("w:tblW", columnWidth * columns.size());
        xml.writeEmptyElement("w:tblLayout");
        xml.writeAttribute("w:type", "fixed");
        xml.writeEndElement();
        xml.writeStartElement("w:tblGrid");
        for (int i = 0; i < columns.size(); i++) {
          xml.writeEmptyElement("w:gridCol");
          xml.writeAttribute("w:w", String.valueOf(columnWidth));
        }
        xml.writeEndElement();
        xml.writeStartElement("w:tr");
        xml.writeStartElement("w:trPr");
        value("w:tblHeader", "on");
        value("w:cantSplit", "on");
        xml.writeEndElement();
        cells = 0;
        for (DocxTable.Column column : columns) {
          Text heading = cell();
          heading.paragraph(DocxStyles.COLUMN_HEADING, column.heading());
        }
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    /**
     * A new row, kept on one page if its longest cell is short, as {@link DocxTable#row(int)}.
     *
     * @param longestCell the characters of text in its longest cell
     */
    public void row(int longestCell) {
      try {
        endRow();
        xml.writeStartElement("w:tr");
        if (longestCell <= keptTogether) {
          xml.writeStartElement("w:trPr");
          value("w:cantSplit", "on");
          xml.writeEndElement();
        }
        cells = 0;
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    /** The row's next cell, in its column's language. */
    public Text cell() {
      if (cells < 0 || cells == columns.size()) {
        throw new IllegalStateException("a row has " + columns.size() + " cells");
      }
      try {
        endCell();
        xml.writeStartElement("w:tc");
        xml.writeStartElement("w:tcPr");
        width("w:tcW", columnWidth);
        xml.writeEndElement();
        paragraphsBefore = paragraphs;
        return new Text(DocxStyles.tag(columns.get(cells++).lang()), true);
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      try {
        endRow();
        xml.writeEndElement();
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    private void endRow() throws XMLStreamException {
      if (cells < 0) {
        return;
      }
      while (cells < columns.size()) {
        cell();
      }
      endCell();
      xml.writeEndElement();
      cells = -1;
    }

    /** Word wants a paragraph in every cell: an empty cell gets the empty one POI gives it. */
    private void endCell() throws XMLStreamException {
      if (cells == 0) {
        return;
      }
      if (paragraphs == paragraphsBefore) {
        xml.writeEmptyElement("w:p");
      }
      xml.writeEndElement();
    }
  }

  private void value(String element, String value) throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute("w:val", value);
  }

  private void width(String element, int twips) throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute("w:w", String.valueOf(twips));
    xml.writeAttribute("w:type", "dxa");
  }

  private static RuntimeException failed(XMLStreamException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
    return cause instanceof IOException io
        ? new UncheckedIOException(io)
        : new IllegalStateException(e);
  }
}
