package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.SingleCommit;
import org.consulta.platform.WriteTransaction;

/** The articles of a law: read, edit with merge, insert, move, delete, restore. */
@Path("laws/{law}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {
  private static final Set<String> EDIT = Set.of("heading", "text", "message");
  private static final Set<String> INSERT = Set.of("after", "division", "eId", "texts", "message");
  private static final Set<String> MOVE = Set.of("after", "division", "message");
  private static final Set<String> RESTORE = Set.of("message");

  @Inject private Laws laws;
  @Inject private LawViews views;
  @Inject private ArticleEditor editor;
  @Inject private ArticleArrangement arrangement;
  @Inject private WriteTransaction transaction;
  @Inject private CrossReferences crossReferences;

  @PathParam("law")
  private String slug;

  @QueryParam("lang")
  private String lang;

  @Context private SecurityContext security;

  /**
   * What an edit did: the article as it left it, whether it wrote a revision, whether that revision
   * was merged.
   */
  public record EditResult(LawViews.ArticleView article, boolean changed, boolean merged) {}

  @GET
  @Path("{eId}")
  @ReadsWorkingText
  public Response article(@PathParam("eId") String eId) {
    return withETag(current(eId)).build();
  }

  @PUT
  @Path("{eId}")
  @RequiresRole("drafter")
  @SingleCommit
  public Response edit(
      @PathParam("eId") String eId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("source") String source,
      JsonStructure body) {
    Integer translatedFrom = source == null ? null : QueryParams.requiredPositive("source", source);
    JsonFields fields = JsonFields.of(body, EDIT);
    var edit =
        new ArticleEditor.Edit(
            fields.optionalText("heading", 1000).orElse(null),
            fields.requiredText("text", LawPlanReader.MAX_TEXT),
            fields.optionalText("message", 1000).orElse(null));
    EditResult result =
        transaction.answer(
            () -> {
              var outcome = editor.edit(slug, eId, lang, ifMatch, edit, author(), translatedFrom);
              ArticleRevision revision = outcome.revision();
              return new EditResult(
                  views.article(revision),
                  outcome.changed(),
                  outcome.changed() && revision.merged());
            });
    return withETag(result.article()).entity(result).build();
  }

  @POST
  @RequiresRole("drafter")
  @SingleCommit
  public Response insert(JsonStructure body, @Context UriInfo uri) {
    JsonFields fields = JsonFields.of(body, INSERT);
    Placement placement = placement(fields);
    String newEId = fields.optionalText("eId", 100).orElse(null);
    var texts = LawPlanReader.texts(fields);
    String message = fields.optionalText("message", 1000).orElse(null);
    var view =
        transaction.answer(
            () ->
                views.article(
                    inLanguage(
                        arrangement.insert(slug, placement, newEId, texts, message, author()))));
    return withETag(view)
        .status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(view.eId()).build())
        .build();
  }

  @POST
  @Path("{eId}/move")
  @RequiresRole("drafter")
  @SingleCommit
  public Response move(@PathParam("eId") String eId, JsonStructure body) {
    JsonFields fields = JsonFields.of(body, MOVE);
    Placement placement = placement(fields);
    String message = fields.optionalText("message", 1000).orElse(null);
    var view =
        transaction.answer(
            () ->
                views.article(
                    inLanguage(arrangement.move(slug, eId, placement, message, author()))));
    return withETag(view).build();
  }

  @DELETE
  @Path("{eId}")
  @RequiresRole("drafter")
  @SingleCommit
  public Response delete(@PathParam("eId") String eId) {
    arrangement.delete(slug, eId, null, author());
    return Response.noContent().build();
  }

  @POST
  @Path("{eId}/restore")
  @RequiresRole("drafter")
  @SingleCommit
  public Response restore(@PathParam("eId") String eId, JsonStructure body) {
    String message = JsonFields.of(body, RESTORE).optionalText("message", 1000).orElse(null);
    var view =
        transaction.answer(
            () -> views.article(inLanguage(arrangement.restore(slug, eId, message, author()))));
    return withETag(view).build();
  }

  @POST
  @Path("{eId}/confirm-translation")
  @RequiresRole("drafter")
  public Response confirmTranslation(
      @PathParam("eId") String eId, @QueryParam("source") String source) {
    Integer upTo = source == null ? null : QueryParams.requiredPositive("source", source);
    return withETag(
            transaction.answer(
                () -> views.article(editor.confirmTranslation(slug, eId, lang, upTo))))
        .build();
  }

  @GET
  @Path("{eId}/diff")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  @ReadsWorkingText
  public Response diff(
      @PathParam("eId") String eId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    Law law = laws.bySlug(slug);
    Article article = laws.article(law, eId);
    Language language = laws.language(law, lang);
    ArticleRevision a =
        laws.revision(article, language, QueryParams.requiredPositive("from", from), "from");
    ArticleRevision b =
        laws.revision(article, language, QueryParams.requiredPositive("to", to), "to");
    var diff =
        ArticleDiff.between(a, b, crossReferences.current(law, language, List.of(a, b))::text);
    return QueryParams.jsonOrHtml(format, diff, ArticleDiff::html);
  }

  private LawViews.ArticleView current(String eId) {
    Law law = laws.bySlug(slug);
    return views.article(laws.article(law, eId), laws.language(law, lang));
  }

  /** Of the revisions a write made in every language, the one in the requested language. */
  private ArticleRevision inLanguage(Map<Language, ArticleRevision> written) {
    return written.get(laws.language(laws.bySlug(slug), lang));
  }

  private static Response.ResponseBuilder withETag(LawViews.ArticleView view) {
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag());
  }

  private static Placement placement(JsonFields fields) {
    return new Placement(
        fields.optionalText("after", 100).orElse(null),
        fields.optionalText("division", 100).orElse(null));
  }

  private String author() {
    return security.getUserPrincipal().getName();
  }
}
