package org.consulta.exchange;

import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.LawViews;

/** Writes a law as it stands, in one language, back into the drafts format. */
final class DraftExport {
  private DraftExport() {}

  static String markdown(LawViews.LawView law) {
    return new DraftWriter().write(document(law));
  }

  static DraftDocument document(LawViews.LawView law) {
    return new DraftDocument(
        law.slug(),
        law.lang().name(),
        law.title(),
        law.workUri(),
        law.topic(),
        law.preamble(),
        nodes(law.body()));
  }

  private static List<DraftNode> nodes(List<Object> views) {
    List<DraftNode> nodes = new ArrayList<>();
    for (Object view : views) {
      if (view instanceof LawViews.DivisionNode division) {
        nodes.add(
            new DraftDivision(
                division.eId(),
                DivisionKind.ofEId(division.eId()).orElseThrow(),
                division.heading(),
                nodes(division.children()),
                0));
      } else if (view instanceof LawViews.ArticleView article) {
        nodes.add(
            new DraftArticle(
                article.eId(), article.number(), article.heading(), article.text(), 0));
      }
    }
    return nodes;
  }
}
