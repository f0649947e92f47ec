package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Model laws: the list, one law's structure and text, and new laws. */
@Path("laws")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LawResource {
  @Inject private Laws laws;
  @Inject private LawViews views;
  @Inject private LawCreation creation;
  @Inject private LawVersions versions;

  /**
   * Two versions compared: their numbers and labels, and the articles that differ in reading order
   * (see {@link LawComparison#between}).
   */
  public record LawDiff(
      String law,
      Language lang,
      int from,
      String fromLabel,
      int to,
      String toLabel,
      List<LawComparison.ArticleChange> articles) {}

  @GET
  public List<LawViews.LawSummary> all() {
    return views.all();
  }

  /**
   * A new law from its JSON plan. An Akoma Ntoso document posted here is read by the publication
   * capability's resource for the same path; {@code /openapi} shows one operation for both, so each
   * method declares both bodies.
   */
  @POST
  @RequiresRole("drafter")
  @RequestBody(
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "application/akn+xml"),
        @Content(mediaType = MediaType.APPLICATION_XML),
        @Content(mediaType = MediaType.TEXT_XML)
      })
  public Response create(
      JsonStructure body, @Context SecurityContext security, @Context UriInfo uri) {
    NewLaw plan = LawPlanReader.read(JsonFields.of(body, LawPlanReader.LAW_FIELDS));
    Law law = creation.create(plan, security.getUserPrincipal().getName(), "Created");
    return Response.created(uri.getAbsolutePathBuilder().path(law.slug()).build())
        .entity(LawViews.summary(law))
        .build();
  }

  @GET
  @Path("{law}")
  public LawViews.LawView law(@PathParam("law") String slug, @QueryParam("lang") String lang) {
    Law law = laws.bySlug(slug);
    return views.law(law, laws.language(law, lang), null);
  }

  @GET
  @Path("{law}/diff")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public Response diff(
      @PathParam("law") String slug,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format) {
    Law law = laws.bySlug(slug);
    Language language = laws.language(law, lang);
    LawVersion a = versions.find(law, QueryParams.requiredPositive("from", from), "from");
    LawVersion b = versions.find(law, QueryParams.requiredPositive("to", to), "to");
    var diff =
        new LawDiff(
            slug,
            language,
            a.number(),
            a.label(),
            b.number(),
            b.label(),
            LawComparison.between(
                LawLayout.of(laws.divisions(law), versions.revisions(a, language)),
                LawLayout.of(laws.divisions(law), versions.revisions(b, language))));
    return QueryParams.jsonOrHtml(format, diff, LawRedline::html);
  }
}
