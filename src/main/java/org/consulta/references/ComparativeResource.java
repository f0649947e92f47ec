package org.consulta.references;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consulta.drafting.ReadsWorkingText;

/**
 * An article beside the national provisions it refers to, grouped by country. A root resource of
 * its own, like {@link ReferenceResource}, so that it does not widen the articles resource's match.
 */
@ReadsWorkingText
@Path("laws/{law}/articles/{eId}/comparative")
@Produces(MediaType.APPLICATION_JSON)
public class ComparativeResource {
  @Inject private ComparativeViews views;

  @GET
  public Comparative comparative(
      @PathParam("law") String slug,
      @PathParam("eId") String eId,
      @QueryParam("lang") String lang) {
    return views.article(slug, eId, lang);
  }
}
