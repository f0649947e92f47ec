package org.consulta.drafting;

import java.util.List;
import java.util.Map;

/** Everything needed to create a model law with its initial text, in every language. */
public record NewLaw(
    String slug,
    String workUri,
    String topic,
    Numbering numbering,
    Map<Language, Expression> expressions,
    List<NewDivision> divisions) {

  /** The title and preamble of one language version. */
  public record Expression(String title, String preamble) {}

  /** A division with its headings, its articles, then the divisions inside it. */
  public record NewDivision(
      String eId,
      DivisionKind kind,
      Map<Language, String> headings,
      List<NewArticle> articles,
      List<NewDivision> divisions) {}

  /** An article with its heading and text in each language. */
  public record NewArticle(String eId, Map<Language, ArticleArrangement.ArticleText> texts) {}
}
