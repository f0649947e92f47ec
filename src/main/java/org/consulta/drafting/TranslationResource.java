package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The translation workspace: what waits for a translation, and the work on one article. */
@ReadsWorkingText
@Path("laws/{law}/translations")
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {
  @Inject private Translations translations;

  @PathParam("law")
  private String slug;

  @QueryParam("lang")
  private String lang;

  @GET
  public List<Translations.Pending> pending() {
    return translations.pending(slug, lang);
  }

  @GET
  @Path("{eId}")
  public TranslationWork work(@PathParam("eId") String eId) {
    return translations.work(slug, eId, lang);
  }
}
