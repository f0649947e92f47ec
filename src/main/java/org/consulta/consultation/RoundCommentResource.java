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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.accounts.Role;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;
import org.consulta.revisions.AnchorState;

/** The comments and suggestions of one consultation round. */
@Path("consultations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundCommentResource {
  private static final Set<String> COMMENT =
      Set.of("article", "lang", "revision", "passage", "text");
  private static final Set<String> SUGGESTION =
      Set.of("article", "lang", "revision", "passage", "text", "replacement");
  private static final Set<String> PASSAGE = Set.of("start", "end", "quote");
  static final int MAX_COMMENT = 20000;
  private static final int DEFAULT_PAGE = 200;
  private static final int MAX_PAGE = 1000;
  static final int MAX_REPLACEMENT = 1_000_000;

  @Inject private Consultations consultations;
  @Inject private CommentWriter writer;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private SuggestionReview review;
  @Inject private Callers callers;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  /** A suggestion with its redlines against its own revision and the current text. */
  public record SuggestionView(CommentView suggestion, SuggestionReview.Review review) {}

  @GET
  @Path("comments")
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response comments(
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("article") String article,
      @QueryParam("state") String state,
      @QueryParam("sector") String sector,
      @QueryParam("country") String country,
      @QueryParam("disposition") String disposition,
      @QueryParam("kind") String kind) {
    Caller caller = callers.of(security);
    var filter = filter(article, state, sector, country, disposition, "suggestion".equals(kind));
    if (kind != null && !kind.equals("suggestion") && !kind.equals("all")) {
      throw DomainException.invalid("kind", "kind is 'all' or 'suggestion'");
    }
    var page = finder.threads(round(), filter, caller, offset(offset), limit(limit));
    return Response.ok(views.of(page.comments(), caller))
        .header("X-Total-Count", page.total())
        .build();
  }

  @POST
  @Path("comments")
  @RequiresRole(Role.PARTICIPANT_NAME)
  public Response comment(JsonStructure body, @Context UriInfo uri) {
    long round = roundId();
    var fields = JsonFields.of(body, COMMENT);
    return created(submit(round, fields, fields.requiredText("text", MAX_COMMENT), null), uri);
  }

  @GET
  @Path("suggestions")
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response suggestions(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    Caller caller = callers.of(security);
    var filter = new CommentFilter(null, null, null, null, null, false, true);
    var page = finder.threads(round(), filter, caller, offset(offset), limit(limit));
    List<SuggestionView> suggestions =
        page.comments().stream()
            .map(s -> new SuggestionView(views.of(s, caller), review.review(s)))
            .toList();
    return Response.ok(suggestions).header("X-Total-Count", page.total()).build();
  }

  private static int offset(String offset) {
    return QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0);
  }

  private static int limit(String limit) {
    return QueryParams.optionalInt("limit", limit, 1, MAX_PAGE, DEFAULT_PAGE);
  }

  @POST
  @Path("suggestions")
  @RequiresRole(Role.PARTICIPANT_NAME)
  public Response suggest(JsonStructure body, @Context UriInfo uri) {
    long round = roundId();
    var fields = JsonFields.of(body, SUGGESTION);
    String replacement = fields.requiredTextAllowingEmpty("replacement", MAX_REPLACEMENT);
    Comment suggestion =
        submit(round, fields, fields.optionalText("text", MAX_COMMENT).orElse(""), replacement);
    return Response.created(uri.getAbsolutePathBuilder().path("" + suggestion.id()).build())
        .entity(suggestionView(suggestion))
        .build();
  }

  @GET
  @Path("suggestions/{sid}")
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public SuggestionView suggestion(@PathParam("sid") String sid) {
    return suggestionView(review.suggestion(roundId(), commentId(sid), callers.of(security)));
  }

  @POST
  @Path("suggestions/{sid}/accept")
  @RequiresRole(Role.DRAFTER_NAME)
  public SuggestionView accept(@PathParam("sid") String sid, JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("text", "response"));
    Caller caller = callers.of(security);
    long suggestionId = review.suggestion(roundId(), commentId(sid), caller).id();
    return suggestionView(
        review.accept(
            suggestionId,
            fields.optionalText("text", MAX_REPLACEMENT).orElse(null),
            fields.requiredText("response", MAX_COMMENT),
            caller));
  }

  @POST
  @Path("suggestions/{sid}/decline")
  @RequiresRole(Role.DRAFTER_NAME)
  public SuggestionView decline(@PathParam("sid") String sid, JsonStructure body) {
    var fields = JsonFields.of(body, Set.of("response"));
    Caller caller = callers.of(security);
    long suggestionId = review.suggestion(roundId(), commentId(sid), caller).id();
    return suggestionView(
        review.decline(suggestionId, fields.requiredText("response", MAX_COMMENT), caller));
  }

  private Comment submit(long round, JsonFields fields, String text, String replacement) {
    var pointer =
        new CommentWriter.Pointer(
            fields.requiredText("article", 100),
            fields.optionalText("lang", 2).orElse(null),
            fields.optionalInt("revision", 1, Integer.MAX_VALUE).orElse(null),
            fields
                .optionalObject("passage", PASSAGE)
                .map(RoundCommentResource::range)
                .orElse(null));
    return writer.submit(round, pointer, text, replacement, callers.of(security));
  }

  private static CommentWriter.Range range(JsonFields passage) {
    return new CommentWriter.Range(
        passage
            .optionalInt("start", 0, Integer.MAX_VALUE)
            .orElseThrow(
                () -> DomainException.invalid("passage.start", "passage.start is required")),
        passage
            .optionalInt("end", 0, Integer.MAX_VALUE)
            .orElseThrow(() -> DomainException.invalid("passage.end", "passage.end is required")),
        passage.optionalText("quote", MAX_REPLACEMENT).orElse(null));
  }

  private Response created(Comment comment, UriInfo uri) {
    return Response.created(uri.getBaseUriBuilder().path("comments/" + comment.id()).build())
        .entity(views.of(comment, callers.of(security)))
        .build();
  }

  private SuggestionView suggestionView(Comment suggestion) {
    return new SuggestionView(
        views.of(suggestion, callers.of(security)), review.review(suggestion));
  }

  private Consultation round() {
    return consultations.find(roundId());
  }

  private long roundId() {
    return ConsultationResource.roundId(id);
  }

  static long commentId(String value) {
    return QueryParams.requiredPositive("comment", value);
  }

  private static CommentFilter filter(
      String article,
      String state,
      String sector,
      String country,
      String disposition,
      boolean suggestions) {
    boolean unanswered = "none".equals(disposition);
    return new CommentFilter(
        blankToNull(article),
        states(state),
        sector == null ? null : WireNames.parse(Sector.class, "sector", sector),
        blankToNull(country),
        disposition == null || unanswered
            ? null
            : WireNames.parse(Disposition.class, "disposition", disposition),
        unanswered,
        suggestions);
  }

  /** One state or several, comma-separated, such as {@code changed,orphaned}. */
  private static Set<AnchorState> states(String states) {
    if (states == null || states.isBlank()) {
      return null;
    }
    return Arrays.stream(states.split(","))
        .map(s -> WireNames.parse(AnchorState.class, "state", s.trim()))
        .collect(Collectors.toSet());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
