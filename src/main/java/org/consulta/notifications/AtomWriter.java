package org.consulta.notifications;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AtomFeed} as RFC 4287 XML with the JDK's streaming writer: it escapes text and
 * attributes itself, and Atom's few elements need no library. Characters XML 1.0 cannot carry
 * (control characters a comment may hold) are dropped rather than making the feed unreadable.
 */
public final class AtomWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private AtomWriter() {}

  public static byte[] write(AtomFeed feed) {
    var out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.lang());
      text(xml, "id", feed.id());
      text(xml, "title", feed.title());
      text(xml, "updated", date(feed.updated()));
      xml.writeStartElement("author");
      text(xml, "name", feed.author());
      xml.writeEndElement();
      link(xml, "self", feed.self(), "application/atom+xml");
      link(xml, "alternate", feed.alternate(), "text/html");
      for (AtomFeed.Entry entry : feed.entries()) {
        entry(xml, entry);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
    return out.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, AtomFeed.Entry entry) throws XMLStreamException {
    xml.writeStartElement("entry");
    text(xml, "id", entry.id());
    text(xml, "title", entry.title());
    text(xml, "updated", date(entry.updated()));
    if (entry.author() != null) {
      xml.writeStartElement("author");
      text(xml, "name", entry.author());
      xml.writeEndElement();
    }
    link(xml, "alternate", entry.link(), "text/html");
    xml.writeStartElement("content");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(clean(entry.content()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", clean(href));
  }

  /** RFC 3339 in UTC, to the second, as Atom's date constructs want. */
  static String date(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The text without the characters XML 1.0 forbids. */
  static String clean(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
