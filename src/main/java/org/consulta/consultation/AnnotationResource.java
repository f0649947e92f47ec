package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.consulta.accounts.Role;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/**
 * The comments of a round as a W3C Web Annotation collection, for annotation tools: drafters get
 * every one, participants the threads they started, as the comment reads decide.
 */
@Path("consultations/{id}/annotations")
public class AnnotationResource {
  /** The Web Annotation profile of JSON-LD, as the W3C Annotation Protocol names it. */
  private static final String ANNOTATION_JSON_LD =
      "application/ld+json; profile=\"" + AnnotationMapper.CONTEXT + "\"";

  private static final List<Variant> VARIANTS =
      Variant.mediaTypes(MediaType.valueOf(ANNOTATION_JSON_LD), MediaType.APPLICATION_JSON_TYPE)
          .build();

  @Inject private Annotations annotations;
  @Inject private Callers callers;

  @GET
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  @Produces({ANNOTATION_JSON_LD, MediaType.APPLICATION_JSON})
  public Response annotations(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @Context SecurityContext security,
      @Context UriInfo uri,
      @Context Request request) {
    long round = ConsultationResource.roundId(id);
    Integer number =
        page == null || page.isBlank()
            ? null
            : QueryParams.optionalInt("page", page, 0, Integer.MAX_VALUE, 0);
    int size = CommentRequests.limit(limit);
    var json = annotations.read(uri.getBaseUri(), round, callers.of(security), number, size);
    Variant chosen = request.selectVariant(VARIANTS);
    MediaType type = chosen == null ? VARIANTS.get(0).getMediaType() : chosen.getMediaType();
    return Response.ok(json.toString(), type).build();
  }
}
