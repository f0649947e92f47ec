package org.consulta.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.publication.DraftEditions;
import org.consulta.publication.Edition;
import org.consulta.publication.EditionFormat;
import org.consulta.publication.EditionRendering;

/**
 * Renders every shipped draft in each language and every format, in this JVM. Formats come first in
 * the loop, so that each format's first render, the first row of its block, is the one that loads
 * its classes.
 */
final class DraftRenders {
  static final List<List<Language>> LANGUAGES =
      List.of(List.of(Language.es), List.of(Language.en), List.of(Language.es, Language.en));

  private DraftRenders() {}

  static List<RenderRow> run(PublicationOptions options, RenderedFiles files) throws IOException {
    var rendering = new EditionRendering();
    List<RenderRow> rows = new ArrayList<>();
    for (EditionFormat format : EditionFormat.values()) {
      for (String slug : DraftEditions.SHIPPED) {
        for (List<Language> languages : LANGUAGES) {
          Edition edition = DraftEditions.of(slug, languages.toArray(Language[]::new));
          String langs = codes(languages);
          System.err.printf("  %s %s %s%n", slug, langs, format.code());
          rows.add(
              files.render(
                  slug,
                  langs,
                  edition.articles().size(),
                  format,
                  () -> rendering.render(edition, format),
                  options.warmups(),
                  options.runs()));
        }
      }
    }
    return rows;
  }

  static String codes(List<Language> languages) {
    return String.join(",", languages.stream().map(Language::name).toList());
  }
}
