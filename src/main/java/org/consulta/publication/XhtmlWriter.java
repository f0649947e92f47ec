package org.consulta.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes well-formed XHTML that reads the same as HTML: every text and attribute escaped, void
 * elements self-closed, elements closed in order. Print documents go through an XML parser on their
 * way to PDF, so one stray {@code &} would break them.
 */
public final class XhtmlWriter {
  private static final Set<String> BLOCKS =
      Set.of(
          "html",
          "head",
          "body",
          "style",
          "title",
          "meta",
          "section",
          "header",
          "footer",
          "div",
          "article",
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "ol",
          "ul",
          "li",
          "table",
          "colgroup",
          "col",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "dl",
          "dt",
          "dd");

  /** The elements HTML knows as empty; any other written as {@code <x/>} would stay open there. */
  private static final Set<String> VOID = Set.of("meta", "link", "col", "br", "hr", "img", "wbr");

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();
  private final Writer sink;

  /** The last character moved to the sink, or 0 before any was. */
  private char drained;

  /** A writer whose document {@link #toXhtml} gives whole. */
  public XhtmlWriter() {
    this.sink = null;
  }

  /**
   * A writer that moves what it wrote to {@code sink} at each {@link #drain}, so that a long
   * document is never held whole.
   */
  public XhtmlWriter(Writer sink) {
    this.sink = sink;
  }

  public XhtmlWriter doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens an element.
   *
   * @param attributes name, value, name, value…; a null value leaves its attribute out
   */
  public XhtmlWriter open(String tag, String... attributes) {
    startTag(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  public XhtmlWriter close() {
    String tag = open.pop();
    out.append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** A void element such as {@code <meta/>} or {@code <col/>}. */
  public XhtmlWriter empty(String tag, String... attributes) {
    if (!VOID.contains(tag)) {
      throw new IllegalArgumentException("<" + tag + "/> is not a void element in HTML");
    }
    startTag(tag, attributes);
    out.append("/>");
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** An element holding only text. */
  public XhtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  public XhtmlWriter text(String text) {
    escape(text, false);
    return this;
  }

  /** The document; every element must have been closed. */
  public String toXhtml() {
    if (sink != null) {
      throw new IllegalStateException("the document went to a sink");
    }
    checkClosed();
    return out.toString();
  }

  /** Moves what was written so far to the sink; nothing happens without one. */
  public XhtmlWriter drain() {
    if (sink != null && !out.isEmpty()) {
      try {
        sink.append(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      drained = out.charAt(out.length() - 1);
      out.setLength(0);
    }
    return this;
  }

  /** Moves the rest of the document to the sink; every element must have been closed. */
  public void finish() {
    checkClosed();
    drain();
  }

  private void checkClosed() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
  }

  private boolean atLineStart() {
    char last = out.isEmpty() ? drained : out.charAt(out.length() - 1);
    return last == 0 || last == '\n';
  }

  private void startTag(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    if (BLOCKS.contains(tag) && !atLineStart()) {
      out.append('\n');
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], true);
        out.append('"');
      }
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> {
          // Control characters other than tab and line ends, and U+FFFE/U+FFFF, are not XML 1.0.
          if ((c >= 0x20 && c < 0xFFFE) || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
  }
}
