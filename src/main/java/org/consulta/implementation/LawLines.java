package org.consulta.implementation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawLayout;
import org.consulta.drafting.Laws;

/**
 * The articles the map has a line for: live ones in reading order with their numbers, then deleted
 * ones that keep assessments, by eId.
 */
final class LawLines {
  record Line(Article article, Integer number, ArticleRevision head) {
    String eId() {
      return article.eId();
    }

    boolean deleted() {
      return head.deleted();
    }
  }

  private LawLines() {}

  static List<Line> of(Laws laws, Law law, Language lang, Set<Long> assessedArticles) {
    List<ArticleRevision> heads = laws.heads(law, lang);
    List<Line> lines = new ArrayList<>();
    for (LawLayout.Placed placed : LawLayout.of(laws.divisions(law), heads).articles()) {
      lines.add(new Line(placed.revision().article(), placed.number(), placed.revision()));
    }
    heads.stream()
        .filter(h -> h.deleted() && assessedArticles.contains(h.article().id()))
        .sorted(Comparator.comparing(h -> h.article().eId()))
        .forEach(h -> lines.add(new Line(h.article(), null, h)));
    return lines;
  }
}
