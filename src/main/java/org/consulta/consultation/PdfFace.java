package org.consulta.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.consulta.publication.PrintFrame;

/**
 * A bundled face embedded in one PDF (Identity-H, subset at save). Glyphs and advance widths are
 * looked up once per character for all documents, so that measuring and showing text is an array
 * read per character rather than PDFBox's encoding path (its GSUB pass was a fifth of the time of
 * the report's openhtmltopdf rendering). Ligatures and kerning are not applied.
 */
final class PdfFace {
  /** A character no face has a glyph for is shown as this one. */
  private static final char MISSING = '?';

  private static final Map<PrintFrame.Face, Metrics> METRICS = new ConcurrentHashMap<>();

  private final Metrics metrics;
  private final PDType0Font font;
  private final COSName name;
  private final boolean[] inSubset = new boolean[Character.MAX_VALUE + 1];

  /**
   * Per character of the Basic Multilingual Plane: the character shown (itself, {@link #MISSING}
   * or, for the second half of a surrogate pair, none), its glyph, and its advance in thousandths
   * of the font size.
   */
  private record Metrics(byte[] file, char[] shown, char[] glyphs, float[] widths) {}

  private PdfFace(Metrics metrics, PDType0Font font, COSName name) {
    this.metrics = metrics;
    this.font = font;
    this.name = name;
  }

  static PdfFace embed(PDDocument doc, PrintFrame.Face face, String name) {
    Metrics metrics = METRICS.computeIfAbsent(face, PdfFace::measure);
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(metrics.file()));
      return new PdfFace(metrics, PDType0Font.load(doc, ttf, true), COSName.getPDFName(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDType0Font font() {
    return font;
  }

  COSName name() {
    return name;
  }

  /**
   * Embeds the glyphs shown so far. PDFBox subsets at save only the fonts its own content streams
   * set, so a face shown through {@link PageContent} is subset here, once the pages are done.
   */
  void subset() {
    try {
      font.subset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width of {@code text[from, to)} in thousandths of the font size. */
  float width(String text, int from, int to) {
    float[] widths = metrics.widths();
    float sum = 0;
    for (int i = from; i < to; i++) {
      sum += widths[text.charAt(i)];
    }
    return sum;
  }

  float width(char c) {
    return metrics.widths()[c];
  }

  /** Writes {@code text[from, to)} as a PDF string of glyph ids and marks them for the subset. */
  void show(String text, int from, int to, PageContent out) {
    char[] shown = metrics.shown();
    char[] glyphs = metrics.glyphs();
    out.openString();
    for (int i = from; i < to; i++) {
      char c = shown[text.charAt(i)];
      if (c == 0) {
        continue;
      }
      if (!inSubset[c]) {
        inSubset[c] = true;
        font.addToSubset(c);
      }
      out.glyph(glyphs[c]);
    }
    out.closeString();
  }

  private static Metrics measure(PrintFrame.Face face) {
    try (InputStream in = face.open()) {
      byte[] file = in.readAllBytes();
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        float scale = 1000f / ttf.getUnitsPerEm();
        int size = Character.MAX_VALUE + 1;
        char[] shown = new char[size];
        char[] glyphs = new char[size];
        float[] widths = new float[size];
        int missing = cmap.getGlyphId(MISSING);
        for (int c = 0; c < size; c++) {
          int glyph = Character.isISOControl(c) ? cmap.getGlyphId(' ') : cmap.getGlyphId(c);
          char as = Character.isISOControl(c) ? ' ' : (char) c;
          if (Character.isLowSurrogate((char) c)) {
            continue;
          }
          if (glyph == 0) {
            glyph = missing;
            as = MISSING;
          }
          shown[c] = as;
          glyphs[c] = (char) glyph;
          widths[c] = ttf.getAdvanceWidth(glyph) * scale;
        }
        return new Metrics(file, shown, glyphs, widths);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
