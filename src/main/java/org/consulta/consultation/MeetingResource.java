package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/**
 * The meetings of a round. Drafters hold and describe them and record what was said there; anyone
 * may read when and where a meeting was and who came, without the names of the people.
 */
@Path("consultations/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
  private static final Set<String> CONTRIBUTION =
      RoundCommentResource.with(CommentRequests.POINTER, "speaker", "text", "publishable");
  private static final Set<String> SPEAKER =
      Set.of("participant", "name", "organisation", "country", "sector");

  @Inject private Meetings meetings;
  @Inject private MeetingViews views;
  @Inject private Rapporteur rapporteur;
  @Inject private CommentViews commentViews;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  @POST
  @RequiresRole(Role.DRAFTER_NAME)
  public Response hold(JsonStructure body, @Context UriInfo uri) {
    long round = RoundCommentResource.roundId(id);
    var fields = JsonFields.of(body, MeetingRequests.MEETING);
    var details = MeetingRequests.details(fields);
    var attendance = MeetingRequests.attendance(fields);
    String author = security.getUserPrincipal().getName();
    MeetingView meeting =
        transaction.answer(() -> views.of(meetings.hold(round, details, attendance, author), true));
    return Response.created(uri.getAbsolutePathBuilder().path("" + meeting.id()).build())
        .entity(meeting)
        .build();
  }

  @GET
  public List<MeetingView> all() {
    return views.of(RoundCommentResource.roundId(id), drafter());
  }

  @GET
  @Path("{mid}")
  public MeetingView one(@PathParam("mid") String mid) {
    return views.of(RoundCommentResource.roundId(id), meetingId(mid), drafter());
  }

  @PATCH
  @Path("{mid}")
  @RequiresRole(Role.DRAFTER_NAME)
  public MeetingView change(@PathParam("mid") String mid, JsonStructure body) {
    long round = RoundCommentResource.roundId(id);
    long meeting = meetingId(mid);
    var fields = JsonFields.of(body, MeetingRequests.MEETING);
    var attendance = MeetingRequests.attendance(fields);
    return transaction.answer(
        () -> {
          var current = meetings.find(round, meeting).details();
          var details = MeetingRequests.changed(current, fields);
          return views.of(meetings.change(round, meeting, details, attendance), true);
        });
  }

  /** Records what someone said at the meeting, on their behalf. */
  @POST
  @Path("{mid}/contributions")
  @RequiresRole(Role.DRAFTER_NAME)
  public Response contribute(
      @PathParam("mid") String mid, JsonStructure body, @Context UriInfo uri) {
    long round = RoundCommentResource.roundId(id);
    long meeting = meetingId(mid);
    var fields = JsonFields.of(body, CONTRIBUTION);
    var speaker =
        fields
            .optionalObject("speaker", SPEAKER)
            .map(MeetingRequests::speaker)
            .orElseThrow(() -> fields.required("speaker"));
    var minute =
        new Rapporteur.Minute(
            speaker,
            CommentRequests.pointer(fields),
            fields.requiredText("text", CommentRequests.MAX_COMMENT),
            fields.optionalBoolean("publishable").orElse(true));
    Caller caller = callers.of(security);
    CommentView comment =
        transaction.answer(
            () -> commentViews.of(rapporteur.record(round, meeting, minute, caller), caller));
    return Response.created(uri.getBaseUriBuilder().path("comments/" + comment.id()).build())
        .entity(comment)
        .build();
  }

  private boolean drafter() {
    return security.isUserInRole(Role.DRAFTER_NAME);
  }

  private static long meetingId(String value) {
    return QueryParams.requiredPositive("meeting", value);
  }
}
