package org.consulta.references;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.drafting.ReadsWorkingText;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/**
 * The national provisions an article refers to. A root resource of its own: its literal path is
 * longer than the articles resource's, so JAX-RS picks it for these requests.
 */
@ReadsWorkingText
@Path("laws/{law}/articles/{eId}/references")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {
  private static final Set<String> LINK = Set.of("provision", "note");
  private static final Set<String> ANNOTATE = Set.of("note");

  @Inject private References references;

  @PathParam("law")
  private String slug;

  @PathParam("eId")
  private String eId;

  @Context private SecurityContext security;

  @GET
  public ReferenceView.OfArticle list() {
    References.Target target = references.target(slug, eId);
    return new ReferenceView.OfArticle(
        slug,
        eId,
        target.deleted(),
        references.of(target.article()).stream().map(ReferenceView::of).toList());
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    return tagged(ReferenceView.of(references.one(slug, eId, number(id)))).build();
  }

  @POST
  @RequiresRole(Role.DRAFTER_NAME)
  public Response link(JsonStructure body, @Context UriInfo uri) {
    JsonFields fields = JsonFields.of(body, LINK);
    ArticleReference reference =
        references.link(
            slug,
            eId,
            fields.requiredText("provision", 200),
            fields.optionalText("note", References.MAX_NOTE).orElse(null),
            author());
    return tagged(ReferenceView.of(reference))
        .status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(reference.id())).build())
        .build();
  }

  @PATCH
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public Response annotate(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonStructure body) {
    JsonFields fields = JsonFields.of(body, ANNOTATE);
    String note = fields.requiredTextAllowingEmpty("note", References.MAX_NOTE);
    return tagged(
            ReferenceView.of(
                references.annotate(
                    slug, eId, number(id), ifMatch, note.isBlank() ? null : note, author())))
        .build();
  }

  @DELETE
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public Response unlink(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    references.unlink(slug, eId, number(id), ifMatch);
    return Response.noContent().build();
  }

  private static Response.ResponseBuilder tagged(ReferenceView view) {
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag());
  }

  private static long number(String id) {
    return QueryParams.requiredPositive("id", id);
  }

  private String author() {
    return security.getUserPrincipal().getName();
  }
}
