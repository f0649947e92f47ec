package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/** The divisions of a law (titles, chapters, sections): insert, rename, move, delete, history. */
@ReadsWorkingText
@Path("laws/{law}/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DivisionResource {
  private static final Set<String> INSERT =
      Set.of("kind", "eId", "headings", "after", "parent", "message");
  private static final Set<String> RENAME = Set.of("heading", "message");
  private static final Set<String> MOVE = Set.of("after", "parent", "message");

  @Inject private Laws laws;
  @Inject private DivisionArrangement arrangement;
  @Inject private Accounts accounts;
  @Inject private WriteTransaction transaction;

  @PathParam("law")
  private String slug;

  @Context private SecurityContext security;

  /** A division as one of its revisions left it. */
  public record DivisionView(
      String eId,
      String kind,
      String parent,
      Map<Language, String> headings,
      boolean deleted,
      int revision) {
    static DivisionView of(DivisionRevision r) {
      return new DivisionView(
          r.division().eId(),
          r.division().kind().label(),
          r.parent() == null ? null : r.parent().eId(),
          r.headings(),
          r.deleted(),
          r.number());
    }
  }

  public record RevisionSummary(
      int number,
      DivisionChange change,
      String parent,
      Map<Language, String> headings,
      boolean deleted,
      String author,
      String authorName,
      Instant createdAt,
      String message) {}

  /** What a rename did: the division as it left it and whether it wrote a revision. */
  public record RenameResult(DivisionView division, boolean changed) {}

  /** What a deletion wrote: the division's last revision and the articles it handed over. */
  public record DeleteResult(
      DivisionView division, String moveArticlesTo, List<String> movedArticles) {}

  @GET
  @Path("{eId}")
  public DivisionView division(@PathParam("eId") String eId) {
    List<DivisionRevision> all = laws.revisions(laws.anyDivision(laws.bySlug(slug), eId));
    return DivisionView.of(all.get(all.size() - 1));
  }

  @POST
  @RequiresRole("drafter")
  public Response insert(JsonStructure body, @Context UriInfo uri) {
    JsonFields fields = JsonFields.of(body, INSERT);
    DivisionKind kind = DivisionKind.parse("kind", fields.requiredText("kind", 20));
    Map<Language, String> headings = new EnumMap<>(Language.class);
    fields
        .textsByKey("headings", 1000)
        .forEach((lang, heading) -> headings.put(Language.parse("headings", lang), heading));
    DivisionPlace place = place(fields);
    String eId = fields.optionalText("eId", 100).orElse(null);
    String message = fields.optionalText("message", 1000).orElse(null);
    DivisionView view =
        transaction.answer(
            () ->
                DivisionView.of(
                    arrangement.insert(slug, place, kind, eId, headings, message, author())));
    return Response.created(uri.getAbsolutePathBuilder().path(view.eId()).build())
        .entity(view)
        .build();
  }

  @PUT
  @Path("{eId}")
  @RequiresRole("drafter")
  public RenameResult rename(
      @PathParam("eId") String eId, @QueryParam("lang") String lang, JsonStructure body) {
    JsonFields fields = JsonFields.of(body, RENAME);
    String heading = fields.requiredText("heading", 1000);
    String message = fields.optionalText("message", 1000).orElse(null);
    return transaction.answer(
        () -> {
          var outcome = arrangement.rename(slug, eId, lang, heading, message, author());
          return new RenameResult(DivisionView.of(outcome.revision()), outcome.changed());
        });
  }

  @POST
  @Path("{eId}/move")
  @RequiresRole("drafter")
  public DivisionView move(@PathParam("eId") String eId, JsonStructure body) {
    JsonFields fields = JsonFields.of(body, MOVE);
    DivisionPlace place = place(fields);
    String message = fields.optionalText("message", 1000).orElse(null);
    return transaction.answer(
        () -> DivisionView.of(arrangement.move(slug, eId, place, message, author())));
  }

  @DELETE
  @Path("{eId}")
  @RequiresRole("drafter")
  public DeleteResult delete(
      @PathParam("eId") String eId,
      @QueryParam("moveArticlesTo") String moveArticlesTo,
      @QueryParam("message") String message) {
    String receiver = moveArticlesTo == null || moveArticlesTo.isBlank() ? null : moveArticlesTo;
    if (message != null && message.length() > 1000) {
      throw DomainException.invalid("message", "a message has at most 1000 characters");
    }
    return transaction.answer(
        () -> {
          var deleted = arrangement.delete(slug, eId, receiver, message, author());
          return new DeleteResult(
              DivisionView.of(deleted.revision()), deleted.receiver(), deleted.movedArticles());
        });
  }

  @GET
  @Path("{eId}/revisions")
  public List<RevisionSummary> revisions(@PathParam("eId") String eId) {
    List<DivisionRevision> all = laws.revisions(laws.anyDivision(laws.bySlug(slug), eId));
    var names =
        accounts.displayNames(
            all.stream().map(DivisionRevision::author).collect(Collectors.toSet()));
    return all.stream()
        .map(
            r ->
                new RevisionSummary(
                    r.number(),
                    r.change(),
                    r.parent() == null ? null : r.parent().eId(),
                    r.headings(),
                    r.deleted(),
                    r.author(),
                    names.getOrDefault(r.author(), r.author()),
                    r.createdAt(),
                    r.message()))
        .toList();
  }

  private static DivisionPlace place(JsonFields fields) {
    return new DivisionPlace(
        fields.optionalText("after", 100).orElse(null),
        fields.optionalText("parent", 100).orElse(null));
  }

  private String author() {
    return security.getUserPrincipal().getName();
  }
}
