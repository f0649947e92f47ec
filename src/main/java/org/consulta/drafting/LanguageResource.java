package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/** A law's language versions: a drafter adds one, to be translated article by article. */
@Path("laws/{law}/languages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LanguageResource {
  private static final Set<String> FIELDS =
      Set.of("lang", "title", "preamble", "headings", "message");

  @Inject private LanguageVersions languages;
  @Inject private WriteTransaction transaction;

  @PathParam("law")
  private String slug;

  @POST
  @RequiresRole("drafter")
  public Response add(JsonStructure body, @Context SecurityContext security, @Context UriInfo uri) {
    JsonFields fields = JsonFields.of(body, FIELDS);
    String lang = fields.requiredText("lang", 10);
    String title = fields.requiredText("title", 500);
    String preamble = fields.optionalText("preamble", LawPlanReader.MAX_TEXT).orElse(null);
    Map<String, String> headings =
        body.asJsonObject().containsKey("headings")
            ? new HashMap<>(fields.textsByKey("headings", 1000))
            : new HashMap<>();
    String message = fields.optionalText("message", 1000).orElse(null);
    String author = security.getUserPrincipal().getName();
    var added =
        transaction.answer(
            () -> languages.add(slug, lang, title, preamble, headings, message, author));
    return Response.created(
            uri.getBaseUriBuilder().path("laws/{law}").queryParam("lang", added.lang()).build(slug))
        .entity(added)
        .build();
  }
}
