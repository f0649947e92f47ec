package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;
import org.consulta.platform.WriteTransaction;

/**
 * One comment: read by whoever may see it (anyone, once published), edited and withdrawn by its
 * author, replied to, hidden, un-hidden and answered by drafters.
 */
@Path("comments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

  @Inject private CommentWriter writer;
  @Inject private CommentModeration moderation;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  @GET
  public CommentView comment() {
    Caller caller = callers.of(security);
    return views.of(writer.find(commentId(), caller), caller);
  }

  @PUT
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public CommentView edit(JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("text", "replacement"));
    Caller caller = callers.of(security);
    String text = fields.requiredTextAllowingEmpty("text", CommentRequests.MAX_COMMENT);
    String replacement =
        fields.optionalText("replacement", CommentRequests.MAX_REPLACEMENT).orElse(null);
    return transaction.answer(
        () -> views.of(writer.edit(commentId(), text, replacement, caller), caller));
  }

  @GET
  @Path("replies")
  public List<CommentView> replies() {
    Caller caller = callers.of(security);
    return views.of(finder.replies(writer.find(commentId(), caller), caller), caller);
  }

  @POST
  @Path("replies")
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response reply(JsonStructure body, @Context UriInfo uri) {
    var fields = JsonFields.of(body, Set.of("text"));
    Caller caller = callers.of(security);
    String text = fields.requiredText("text", CommentRequests.MAX_COMMENT);
    CommentView reply =
        transaction.answer(() -> views.of(writer.reply(commentId(), text, caller), caller));
    return Response.created(uri.getBaseUriBuilder().path("comments/" + reply.id()).build())
        .entity(reply)
        .build();
  }

  @GET
  @Path("history")
  public List<CommentHistory.Entry> history() {
    Caller caller = callers.of(security);
    Comment comment = writer.find(commentId(), caller);
    return CommentHistory.of(comment, finder.history(comment), finder.events(comment), caller);
  }

  @POST
  @Path("withdraw")
  @RequiresRole(Role.PARTICIPANT_NAME)
  public CommentView withdraw() {
    Caller caller = callers.of(security);
    return transaction.answer(() -> views.of(writer.withdraw(commentId(), caller), caller));
  }

  @PUT
  @Path("disposition")
  @RequiresRole(Role.DRAFTER_NAME)
  public CommentView answer(JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("disposition", "response", "revision"));
    var answer =
        new Comment.Answer(
            WireNames.parse(
                Disposition.class, "disposition", fields.requiredText("disposition", 30)),
            fields.requiredText("response", CommentRequests.MAX_COMMENT),
            fields.optionalInt("revision", 1, Integer.MAX_VALUE).orElse(null));
    Caller caller = callers.of(security);
    return transaction.answer(
        () -> views.of(moderation.answer(commentId(), answer, caller), caller));
  }

  @POST
  @Path("hide")
  @RequiresRole(Role.DRAFTER_NAME)
  public CommentView hide(JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("reason"));
    String reason = fields.requiredText("reason", 2000);
    Caller caller = callers.of(security);
    return transaction.answer(() -> views.of(moderation.hide(commentId(), reason, caller), caller));
  }

  @POST
  @Path("unhide")
  @RequiresRole(Role.DRAFTER_NAME)
  public CommentView unhide(JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("reason"));
    String reason = fields.optionalText("reason", 2000).orElse(null);
    Caller caller = callers.of(security);
    return transaction.answer(
        () -> views.of(moderation.unhide(commentId(), reason, caller), caller));
  }

  private long commentId() {
    return CommentRequests.commentId(id);
  }
}
