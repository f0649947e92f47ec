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
import java.util.List;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/** The suggestions of one round, with their redlines; drafters accept or decline them. */
@Path("consultations/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuggestionResource {
  private static final Set<String> SUGGESTION =
      RoundCommentResource.with(CommentRequests.POINTER, "text", "replacement");

  @Inject private Consultations consultations;
  @Inject private CommentWriter writer;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private SuggestionReview review;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  /** A suggestion with its redlines against its own revision and the current text. */
  public record SuggestionView(CommentView suggestion, SuggestionReview.Review review) {}

  @GET
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response suggestions(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    Caller caller = callers.of(security);
    var filter = new CommentFilter(null, null, null, null, null, false, true, null, null);
    var page =
        finder.threads(
            consultations.find(roundId()),
            filter,
            caller,
            CommentRequests.offset(offset),
            CommentRequests.limit(limit));
    List<SuggestionView> suggestions = page.comments().stream().map(this::view).toList();
    return Response.ok(suggestions).header("X-Total-Count", page.total()).build();
  }

  @POST
  @RequiresRole(Role.PARTICIPANT_NAME)
  public Response suggest(JsonStructure body, @Context UriInfo uri) {
    long round = roundId();
    var fields = JsonFields.of(body, SUGGESTION);
    String replacement =
        fields.requiredTextAllowingEmpty("replacement", CommentRequests.MAX_REPLACEMENT);
    var pointer = CommentRequests.pointer(fields);
    String text = fields.optionalText("text", CommentRequests.MAX_COMMENT).orElse("");
    Caller caller = callers.of(security);
    SuggestionView suggestion =
        transaction.answer(() -> view(writer.submit(round, pointer, text, replacement, caller)));
    return Response.created(
            uri.getAbsolutePathBuilder().path("" + suggestion.suggestion().id()).build())
        .entity(suggestion)
        .build();
  }

  @GET
  @Path("{sid}")
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public SuggestionView suggestion(@PathParam("sid") String sid) {
    return view(review.suggestion(roundId(), CommentRequests.commentId(sid), callers.of(security)));
  }

  @POST
  @Path("{sid}/accept")
  @RequiresRole(Role.DRAFTER_NAME)
  public SuggestionView accept(@PathParam("sid") String sid, JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("text", "response"));
    long round = roundId();
    long id = CommentRequests.commentId(sid);
    String text = fields.optionalText("text", CommentRequests.MAX_REPLACEMENT).orElse(null);
    String response = fields.requiredText("response", CommentRequests.MAX_COMMENT);
    Caller caller = callers.of(security);
    return transaction.answer(() -> view(review.accept(round, id, text, response, caller)));
  }

  @POST
  @Path("{sid}/decline")
  @RequiresRole(Role.DRAFTER_NAME)
  public SuggestionView decline(@PathParam("sid") String sid, JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("response"));
    long round = roundId();
    long id = CommentRequests.commentId(sid);
    String response = fields.requiredText("response", CommentRequests.MAX_COMMENT);
    Caller caller = callers.of(security);
    return transaction.answer(() -> view(review.decline(round, id, response, caller)));
  }

  private SuggestionView view(Comment suggestion) {
    return new SuggestionView(
        views.of(suggestion, callers.of(security)), review.review(suggestion));
  }

  private long roundId() {
    return RoundCommentResource.roundId(id);
  }
}
