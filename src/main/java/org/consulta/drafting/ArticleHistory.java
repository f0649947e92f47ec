package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.QueryParams;

/**
 * The revisions of one language version of an article, deleted articles included. A resource of its
 * own rather than a sub-resource, so that the OpenAPI document gives its whole path.
 */
@ReadsWorkingText
@Path("laws/{law}/articles/{eId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleHistory {
  @Inject private Laws laws;
  @Inject private Accounts accounts;

  @PathParam("law")
  private String slug;

  @PathParam("eId")
  private String eId;

  @QueryParam("lang")
  private String lang;

  @GET
  public List<LawViews.RevisionSummary> all() {
    Law law = laws.bySlug(slug);
    List<ArticleRevision> revisions =
        laws.revisions(laws.article(law, eId), laws.language(law, lang));
    var names =
        accounts.displayNames(
            revisions.stream().map(ArticleRevision::author).collect(Collectors.toSet()));
    return revisions.stream().map(r -> LawViews.RevisionSummary.of(r, names)).toList();
  }

  @GET
  @Path("{n}")
  public LawViews.RevisionView one(@PathParam("n") String n) {
    Law law = laws.bySlug(slug);
    return LawViews.RevisionView.of(
        laws.revision(
            laws.article(law, eId),
            laws.language(law, lang),
            QueryParams.requiredPositive("n", n),
            "n"));
  }
}
