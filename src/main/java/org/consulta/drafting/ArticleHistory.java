package org.consulta.drafting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consulta.platform.QueryParams;

/**
 * The revisions of one language version of an article, deleted articles included. A sub-resource
 * does not inherit its locator's {@code @Produces}: without its own, an {@code Accept} that no
 * writer serves was a 500 instead of a 406.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ArticleHistory {
  private final Laws laws;
  private final Article article;
  private final Language lang;

  ArticleHistory(Laws laws, Article article, Language lang) {
    this.laws = laws;
    this.article = article;
    this.lang = lang;
  }

  @GET
  public List<LawViews.RevisionSummary> all() {
    return laws.revisions(article, lang).stream().map(LawViews.RevisionSummary::of).toList();
  }

  @GET
  @Path("{n}")
  public LawViews.RevisionView one(@PathParam("n") String n) {
    return LawViews.RevisionView.of(
        laws.revision(article, lang, QueryParams.requiredPositive("n", n), "n"));
  }
}
