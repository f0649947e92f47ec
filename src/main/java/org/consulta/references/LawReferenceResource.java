package org.consulta.references;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consulta.drafting.ReadsWorkingText;

/** Which articles of a law are grounded in which countries: reference counts per article. */
@ReadsWorkingText
@Path("laws/{law}/references")
@Produces(MediaType.APPLICATION_JSON)
public class LawReferenceResource {
  @Inject private ComparativeViews views;

  @GET
  public Grounding grounding(@PathParam("law") String slug, @QueryParam("lang") String lang) {
    return views.law(slug, lang);
  }
}
