package org.consulta.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.drafting.NewLaw;

/**
 * The edition the engine would give of a law just imported, built without a database: articles
 * numbered in reading order (a division's articles before its subdivisions), and the restored
 * version, if the document had one, as version 1; its working text is dated by the import, which
 * made every revision, and generated at the same instant here.
 */
final class ImportedEdition {
  private int number;

  private ImportedEdition() {}

  static Edition of(AknLaw read, String slug, Instant generated) {
    NewLaw plan = read.plan(slug);
    var view =
        new LawViews.LawView(
            slug,
            plan.workUri(),
            plan.topic(),
            read.lang(),
            List.of(read.lang()),
            read.title(),
            read.preamble(),
            read.version().isPresent() ? 1 : null,
            new ImportedEdition().nodes(plan.divisions(), read.lang()));
    EditionVersion version =
        read.version()
            .map(v -> new EditionVersion(1, v.label(), v.recorded()))
            .orElse(new EditionVersion(null, null, generated));
    List<EditionVersion> history = version.recorded() ? List.of(version) : List.of();
    return EditionAssembly.of(Map.of(read.lang(), view), version, history, generated);
  }

  private List<Object> nodes(List<NewLaw.NewDivision> divisions, Language lang) {
    List<Object> nodes = new ArrayList<>();
    for (NewLaw.NewDivision division : divisions) {
      List<Object> children = new ArrayList<>();
      for (NewLaw.NewArticle article : division.articles()) {
        var text = article.texts().get(lang);
        children.add(
            new LawViews.ArticleView(
                "article",
                article.eId(),
                ++number,
                text.heading(),
                text.body(),
                lang,
                1,
                "",
                division.eId(),
                null,
                false,
                null));
      }
      children.addAll(nodes(division.divisions(), lang));
      nodes.add(
          new LawViews.DivisionNode(
              "division",
              division.eId(),
              division.kind().label(),
              division.headings().get(lang),
              children));
    }
    return nodes;
  }
}
