package org.consulta.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document indented two spaces a level, one element a line, with text only in leaf
 * elements: the same edition always gives the same bytes, and a golden file reads like the law.
 * Characters that XML 1.0 cannot carry (control characters other than tab and line breaks) are
 * written as U+FFFD, since no escape can represent them.
 */
final class XmlOut {
  private static final String INDENT = "  ";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter writer;
  private int depth;

  XmlOut() {
    try {
      writer =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens the root element with its default namespace and any prefixed ones. */
  XmlOut root(String name, String namespace, String... prefixesAndNamespaces) {
    try {
      writer.writeCharacters("\n");
      writer.setDefaultNamespace(namespace);
      writer.writeStartElement(namespace, name);
      writer.writeDefaultNamespace(namespace);
      for (int i = 0; i < prefixesAndNamespaces.length; i += 2) {
        writer.setPrefix(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
        writer.writeNamespace(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
      }
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element whose content is other elements; attributes as name, value pairs. */
  XmlOut open(String name, String... attributes) {
    try {
      newLine();
      writer.writeStartElement(name);
      attributes(attributes);
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut close() {
    try {
      depth--;
      newLine();
      writer.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element without content. */
  XmlOut empty(String name, String... attributes) {
    try {
      newLine();
      writer.writeEmptyElement(name);
      attributes(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element without content in another namespace, bound to a prefix at the root. */
  XmlOut emptyIn(String namespace, String name, String... attributes) {
    try {
      newLine();
      writer.writeEmptyElement(namespace, name);
      attributes(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element holding only text, on one line. */
  XmlOut text(String name, String text) {
    return nested(new String[] {name}, text);
  }

  /** Elements nested on one line around a text, such as {@code <p><docTitle>…</docTitle></p>}. */
  XmlOut nested(String[] names, String text) {
    try {
      newLine();
      for (String name : names) {
        writer.writeStartElement(name);
      }
      writer.writeCharacters(xmlSafe(text));
      for (int i = 0; i < names.length; i++) {
        writer.writeEndElement();
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A span of a text to wrap in an element with one attribute, such as a {@code <ref href>}. */
  record Inline(int start, int end, String element, String attribute, String value) {}

  /**
   * An element holding text with some of its spans wrapped in inline elements ({@code inlines} in
   * text order, not overlapping), on one line.
   */
  XmlOut mixed(String name, String text, List<Inline> inlines) {
    try {
      newLine();
      writer.writeStartElement(name);
      int written = 0;
      for (Inline inline : inlines) {
        writer.writeCharacters(xmlSafe(text.substring(written, inline.start())));
        writer.writeStartElement(inline.element());
        writer.writeAttribute(inline.attribute(), xmlSafe(inline.value()));
        writer.writeCharacters(xmlSafe(text.substring(inline.start(), inline.end())));
        writer.writeEndElement();
        written = inline.end();
      }
      writer.writeCharacters(xmlSafe(text.substring(written)));
      writer.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] finish() {
    try {
      while (depth > 0) {
        close();
      }
      writer.writeEndDocument();
      writer.close();
      bytes.write('\n');
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void attributes(String[] attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      writer.writeAttribute(attributes[i], xmlSafe(attributes[i + 1]));
    }
  }

  private void newLine() throws XMLStreamException {
    writer.writeCharacters("\n" + INDENT.repeat(depth));
  }

  /** The text itself when XML can carry it whole, as nearly all text is. */
  static String xmlSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 0x20 && c < 0xD800 || c == 0x9 || c == 0xA || c == 0xD)) {
        return replaced(text);
      }
    }
    return text;
  }

  private static String replaced(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return safe.toString();
  }

  /** The characters XML 1.0 allows ({@code Char} in the specification). */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
