package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.consulta.platform.DomainException;
import org.consulta.publication.EditionFormat;

/**
 * Times a document's renders and keeps its first output in a folder, so that the files measured can
 * be opened and looked at.
 */
final class RenderedFiles {
  private final Path dir;

  RenderedFiles(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  RenderRow render(
      String document,
      String languages,
      int articles,
      EditionFormat format,
      Supplier<byte[]> render,
      int warmups,
      int runs)
      throws IOException {
    RenderTiming timing;
    try {
      timing = RenderTiming.of(render, warmups, runs);
    } catch (DomainException | IllegalArgumentException e) {
      // A format this build does not publish the document in: a comparison as Akoma Ntoso, a
      // bilingual Akoma Ntoso document, a format not there yet.
      return new RenderRow(document, languages, articles, format, null, null, e.getMessage());
    } catch (RuntimeException e) {
      // A renderer's failure is a finding of the run, not a reason to lose the other figures.
      System.err.printf("%s %s %s failed:%n", document, languages, format.code());
      e.printStackTrace();
      return new RenderRow(
          document, languages, articles, format, null, null, "FAILED: " + e.getMessage());
    }
    String name = document + "_" + languages.replace(',', '-') + "." + format.extension();
    Files.write(dir.resolve(name), timing.output);
    return new RenderRow(
        document, languages, articles, format, timing, PdfPages.of(format, timing.output), null);
  }
}
