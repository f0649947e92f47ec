package org.consulta.bench;

import java.util.List;

/**
 * Times publication: each shipped draft in each language and format rendered in this JVM, the
 * largest real code and its comparative table, and, given a running engine, editions downloaded
 * through the API (first, cached, 304). Prints Markdown and writes it to a file. See {@link
 * PublicationOptions#USAGE} for the command line.
 */
public final class PublicationBenchmark {
  private PublicationBenchmark() {}

  public static void main(String[] args) throws Exception {
    PublicationOptions options;
    try {
      options = PublicationOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    var report = new PublicationReport(options);
    var files = new RenderedFiles(options.files());
    System.err.println("Rendering the shipped drafts in this JVM");
    List<RenderRow> drafts = DraftRenders.run(options, files);
    CodeRenders.Figures code = null;
    if (options.code() != null) {
      System.err.println("Rendering " + options.code() + " and its comparative table");
      code = CodeRenders.run(options, files);
    }
    List<EditionDownloads.Row> downloads = null;
    if (options.url() != null) {
      System.err.println("Downloading editions from " + options.url());
      downloads = EditionDownloads.run(options);
    }
    String markdown = report.markdown(drafts, code, downloads);
    System.out.print(markdown);
    report.write(options.output(), markdown);
    System.out.println("Written " + options.output().toAbsolutePath());
    System.out.println("Rendered files in " + options.files().toAbsolutePath());
  }
}
