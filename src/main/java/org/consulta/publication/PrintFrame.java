package org.consulta.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.consulta.drafting.Language;

/**
 * The page every printed document of Consulta shares, the edition and the comparative table alike:
 * A4 with a running head and page numbers, the bundled serif face, and the typography of legal text
 * (headings, numbered paragraphs, lettered items, language columns). A document writes its body
 * between {@link #begin} and {@link #end} and adds its own rules to {@link #stylesheet}.
 */
public final class PrintFrame {
  /**
   * The family the stylesheet asks for. The PDF registers the bundled files under this name; a
   * browser printing the HTML finds it installed or falls back to Times.
   */
  public static final String FONT_FAMILY = "Liberation Serif";

  /**
   * The Content-Security-Policy a print page is served with: its one stylesheet is inline, and it
   * loads and runs nothing else. Every text in it is escaped, so no style can be injected.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  /** A bundled font file, a resource under {@code /publication/fonts/}. */
  public record Face(String file, int weight, boolean italic) {
    public InputStream open() {
      InputStream in = PrintFrame.class.getResourceAsStream("/publication/fonts/" + file);
      if (in == null) {
        throw new IllegalStateException("font not bundled: " + file);
      }
      return in;
    }
  }

  public static final List<Face> FACES =
      List.of(
          new Face("LiberationSerif-Regular.ttf", 400, false),
          new Face("LiberationSerif-Bold.ttf", 700, false),
          new Face("LiberationSerif-Italic.ttf", 400, true),
          new Face("LiberationSerif-BoldItalic.ttf", 700, true));

  private static final String TYPOGRAPHY = resource("print.css");

  private PrintFrame() {}

  /** The sheet a document is printed on, with margins that leave room for the running head. */
  public enum Sheet {
    /** The edition: A4 upright. */
    PORTRAIT("A4", "24mm 21mm 22mm 23mm"),
    /** Columns side by side, such as the comparative table's three: A4 on its side. */
    LANDSCAPE("A4 landscape", "20mm 16mm 18mm 16mm");

    private final String size;
    private final String margin;

    Sheet(String size, String margin) {
      this.size = size;
      this.margin = margin;
    }
  }

  /** {@link #stylesheet(String, String, Sheet)} on a portrait sheet. */
  public static String stylesheet(String title, String version) {
    return stylesheet(title, version, Sheet.PORTRAIT);
  }

  /**
   * The page box (A4, margins), the running head ({@code title} at the left, {@code version} at the
   * right, from the second page on), page numbers, and the typography of legal text.
   */
  public static String stylesheet(String title, String version, Sheet sheet) {
    return """
        @page {
          size: %5$s;
          margin: %6$s;
          @top-left { content: %1$s; %3$s text-align: left; width: 68%%; }
          @top-right { content: %2$s; %3$s text-align: right; width: 32%%; }
          @bottom-center { content: counter(page); font-family: "%4$s", serif; font-size: 9pt;
            vertical-align: top; padding-top: 6mm; }
        }
        @page :first {
          @top-left { content: none; }
          @top-right { content: none; }
        }
        html { font-family: "%4$s", "Times New Roman", Times, serif; }
        """
            .formatted(
                cssString(title),
                cssString(version),
                "font-family: \"%s\", serif; font-size: 8pt; font-style: italic; color: #444;"
                        .formatted(FONT_FAMILY)
                    + " vertical-align: bottom; padding-bottom: 6mm;",
                FONT_FAMILY,
                sheet.size,
                sheet.margin)
        + TYPOGRAPHY;
  }

  /**
   * Writes the document's head and opens its body.
   *
   * @param css the document's whole stylesheet, usually {@link #stylesheet} and its own rules;
   *     without {@code < > &}, which an HTML parser would not unescape inside {@code <style>}
   */
  public static XhtmlWriter begin(Language lang, String title, String css) {
    return begin(new XhtmlWriter(), lang, title, css);
  }

  /** Writes the document's head and opens its body in {@code out}, a new writer. */
  public static XhtmlWriter begin(XhtmlWriter out, Language lang, String title, String css) {
    if (css.chars().anyMatch(c -> c == '<' || c == '>' || c == '&')) {
      throw new IllegalArgumentException("a print stylesheet must not contain < > or &");
    }
    out.doctype();
    out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang.name())
        .open("head")
        .empty("meta", "charset", "UTF-8")
        .element("title", title)
        .element("style", css)
        .close()
        .open("body");
    return out;
  }

  /** Closes the body and the document, and gives its XHTML. */
  public static String end(XhtmlWriter out) {
    return out.close().close().toXhtml();
  }

  /** Closes the body and the document, and moves the rest of it to the writer's sink. */
  public static void finish(XhtmlWriter out) {
    out.close().close().finish();
  }

  /**
   * A CSS string that holds no character an HTML or XML parser would read differently inside {@code
   * <style>}: quotes, backslashes, {@code < > &} and line ends become CSS escapes.
   */
  public static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
              } else {
                css.appendCodePoint(c);
              }
            });
    return css.append('"').toString();
  }

  /** The language's name in itself, as a column is headed: {@code Español}, {@code English}. */
  public static String languageName(Language lang) {
    Locale locale = Locale.forLanguageTag(lang.name());
    String name = locale.getDisplayLanguage(locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  static String resource(String name) {
    try (InputStream in = PrintFrame.class.getResourceAsStream("/publication/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
