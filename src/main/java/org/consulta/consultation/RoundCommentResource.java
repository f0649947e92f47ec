package org.consulta.consultation;

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
import java.util.HashSet;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/** The comments of one consultation round: submitted by participants, filtered by readers. */
@Path("consultations/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundCommentResource {
  private static final Set<String> COMMENT = with(CommentRequests.POINTER, "text");

  @Inject private Consultations consultations;
  @Inject private CommentWriter writer;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  /** The threads the caller may see: all for drafters, else the published and their own. */
  @GET
  public Response comments(
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("article") String article,
      @QueryParam("state") String state,
      @QueryParam("sector") String sector,
      @QueryParam("country") String country,
      @QueryParam("disposition") String disposition,
      @QueryParam("kind") String kind,
      @QueryParam("channel") String channel,
      @QueryParam("meeting") String meeting) {
    Caller caller = callers.of(security);
    var filter =
        CommentRequests.filter(
            article, state, sector, country, disposition, kind, channel, meeting);
    var page =
        finder.threads(
            consultations.find(roundId(id)),
            filter,
            caller,
            CommentRequests.offset(offset),
            CommentRequests.limit(limit));
    return Response.ok(views.of(page.comments(), caller))
        .header("X-Total-Count", page.total())
        .build();
  }

  @POST
  @RequiresRole(Role.PARTICIPANT_NAME)
  public Response comment(JsonStructure body, @Context UriInfo uri) {
    long round = roundId(id);
    var fields = JsonFields.of(body, COMMENT);
    Caller caller = callers.of(security);
    var pointer = CommentRequests.pointer(fields);
    String text = fields.requiredText("text", CommentRequests.MAX_COMMENT);
    CommentView comment =
        transaction.answer(
            () -> views.of(writer.submit(round, pointer, text, null, caller), caller));
    return Response.created(uri.getBaseUriBuilder().path("comments/" + comment.id()).build())
        .entity(comment)
        .build();
  }

  static long roundId(String id) {
    return ConsultationResource.roundId(id);
  }

  static Set<String> with(Set<String> fields, String... more) {
    Set<String> all = new HashSet<>(fields);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }
}
