package org.consulta.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One language version of a model law as read from, or written to, a draft file.
 *
 * @param preamble the text of the preamble, or null if the draft has none
 * @param body the top-level divisions, in document order
 */
public record DraftDocument(
    String law,
    String lang,
    String title,
    String work,
    String topic,
    String preamble,
    List<DraftNode> body) {
  public DraftDocument {
    body = List.copyOf(body);
  }

  /** Every article of the law, in document order. */
  public List<DraftArticle> articles() {
    List<DraftArticle> articles = new ArrayList<>();
    collectArticles(body, articles);
    return List.copyOf(articles);
  }

  private static void collectArticles(List<DraftNode> nodes, List<DraftArticle> articles) {
    for (DraftNode node : nodes) {
      if (node instanceof DraftArticle article) {
        articles.add(article);
      } else if (node instanceof DraftDivision division) {
        collectArticles(division.children(), articles);
      }
    }
  }
}
