package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.consulta.platform.RequiresRole;

/** The preamble of a language version of a law, under revision; empty when the law has none. */
@ReadsWorkingText
@Path("laws/{law}/preamble")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreambleResource {
  @Inject private LawTexts texts;

  @PathParam("law")
  private String slug;

  @QueryParam("lang")
  private String lang;

  @GET
  public Response read() {
    return texts.read(slug, lang, LawPart.PREAMBLE);
  }

  @PUT
  @RequiresRole("drafter")
  public Response edit(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonStructure body,
      @Context SecurityContext security) {
    return texts.edit(slug, lang, LawPart.PREAMBLE, ifMatch, body, security);
  }

  @GET
  @Path("revisions")
  public List<LawTexts.TextRevision> revisions() {
    return texts.revisions(slug, lang, LawPart.PREAMBLE);
  }
}
