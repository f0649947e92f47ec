package org.consulta.references;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/**
 * The national provisions an article refers to. A root resource of its own: its literal path is
 * longer than the articles resource's, so JAX-RS picks it for these requests.
 */
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
  public ReferenceView one(@PathParam("id") String id) {
    return ReferenceView.of(references.one(slug, eId, number(id)));
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
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(reference.id())).build())
        .entity(ReferenceView.of(reference))
        .build();
  }

  @PATCH
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public ReferenceView annotate(@PathParam("id") String id, JsonStructure body) {
    JsonFields fields = JsonFields.of(body, ANNOTATE);
    String note = fields.requiredTextAllowingEmpty("note", References.MAX_NOTE);
    return ReferenceView.of(
        references.annotate(slug, eId, number(id), note.isBlank() ? null : note, author()));
  }

  @DELETE
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public Response unlink(@PathParam("id") String id) {
    references.unlink(slug, eId, number(id));
    return Response.noContent().build();
  }

  private static long number(String id) {
    return QueryParams.requiredPositive("id", id);
  }

  private String author() {
    return security.getUserPrincipal().getName();
  }
}
