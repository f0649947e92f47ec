package org.consulta.drafting;

import java.util.List;
import java.util.function.Function;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.RedlineRenderer;
import org.consulta.revisions.WordDiff;

/** The word diff between two revisions of one language version of an article. */
public record ArticleDiff(
    String eId, Language lang, int from, int to, List<DiffOp> heading, List<DiffOp> text) {

  public static ArticleDiff between(ArticleRevision from, ArticleRevision to) {
    return between(from, to, ArticleRevision::body);
  }

  /** The diff of the texts as {@code text} shows them (cross-references in one numbering). */
  public static ArticleDiff between(
      ArticleRevision from, ArticleRevision to, Function<ArticleRevision, String> text) {
    return new ArticleDiff(
        to.article().eId(),
        to.lang(),
        from.number(),
        to.number(),
        WordDiff.between(from.heading(), to.heading()),
        WordDiff.between(text.apply(from), text.apply(to)));
  }

  /** The redline as an HTML fragment: the heading, then the text. */
  public String html() {
    return "<article class=\"redline\" data-eid=\""
        + eId
        + "\">\n<h3>"
        + RedlineRenderer.html(heading)
        + "</h3>\n<div class=\"text\">"
        + RedlineRenderer.html(text)
        + "</div>\n</article>\n";
  }
}
