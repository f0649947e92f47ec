package org.consulta.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.consulta.accounts.Role;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawViews;
import org.consulta.platform.RequiresRole;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code POST /api/laws} with an Akoma Ntoso document: the same operation as the JSON plan of
 * {@link org.consulta.drafting.LawResource}, chosen by the body's type. It lives here, with the
 * format, so that drafting knows nothing of Akoma Ntoso. The document is read and checked before
 * the transaction that writes the law begins.
 *
 * <p>OpenAPI has one operation per method and path, and a second method would replace the JSON one
 * in {@code /openapi}: this one is hidden there, and {@code LawResource.create} describes both
 * bodies.
 */
@Path("laws")
public class AknResource {
  @Inject private AknImport imports;

  @POST
  @Consumes({AknMediaType.AKN, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.DRAFTER_NAME)
  @RequestBody(
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = AknMediaType.AKN),
        @Content(mediaType = MediaType.APPLICATION_XML),
        @Content(mediaType = MediaType.TEXT_XML)
      })
  public Response create(byte[] body, @Context SecurityContext security, @Context UriInfo uri) {
    AknLaw read = AknReader.read(body);
    Law law = imports.create(read, security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(law.slug()).build())
        .entity(LawViews.summary(law))
        .build();
  }
}
