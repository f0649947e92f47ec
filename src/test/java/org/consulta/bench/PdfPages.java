package org.consulta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.consulta.publication.EditionFormat;

/** The page count of a rendered PDF; null for every other format. */
final class PdfPages {
  private PdfPages() {}

  static Integer of(EditionFormat format, byte[] document) {
    if (format != EditionFormat.PDF) {
      return null;
    }
    try (PDDocument pdf = Loader.loadPDF(document)) {
      return pdf.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF rendered does not read back", e);
    }
  }
}
