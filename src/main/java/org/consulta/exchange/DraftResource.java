package org.consulta.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawViews;
import org.consulta.drafting.Laws;
import org.consulta.drafting.ReadsWorkingText;

/** A law's current text in one language, in the drafts format it can be loaded from. */
@ReadsWorkingText
@Path("laws/{law}/draft")
public class DraftResource {
  @Inject private Laws laws;
  @Inject private LawViews views;

  @GET
  @Produces("text/markdown; charset=UTF-8")
  public String draft(@PathParam("law") String slug, @QueryParam("lang") String lang) {
    Law law = laws.bySlug(slug);
    return DraftExport.markdown(views.law(law, laws.language(law, lang), null));
  }
}
