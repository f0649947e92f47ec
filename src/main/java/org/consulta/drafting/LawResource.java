package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.SingleCommit;
import org.consulta.platform.WireNames;
import org.consulta.platform.WriteTransaction;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Model laws: the list, one law's structure and text, and new laws. */
@Path("laws")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LawResource {
  @Inject private Laws laws;
  @Inject private LawViews views;
  @Inject private LawCreation creation;
  @Inject private CrossReferences crossReferences;
  @Inject private RevisionDiffs diffs;
  @Inject private RecordedStructure recorded;
  @Inject private LawVersions versions;
  @Inject private LawReadAccess access;
  @Inject private RecordedAnswers answers;
  @Inject private LawPublication publication;
  @Inject private WriteTransaction transaction;
  @Context private SecurityContext security;

  /**
   * Two versions compared: their numbers and labels, the articles that differ in reading order (see
   * {@link LawComparison#between}), and the title, preamble (null when unchanged) and divisions
   * that differ (see {@link StructureComparison}).
   */
  public record LawDiff(
      String law,
      Language lang,
      int from,
      String fromLabel,
      int to,
      String toLabel,
      List<LawComparison.ArticleChange> articles,
      StructureComparison.TextChange title,
      StructureComparison.TextChange preamble,
      List<StructureComparison.DivisionChange> divisions) {}

  /** Who reads the working text of {@code law}: {@code everyone} or {@code drafters}. */
  public record Visibility(String law, String workingText) {
    static Visibility of(Law law) {
      return new Visibility(law.slug(), WireNames.of(law.workingTextReaders()));
    }
  }

  /** The laws of which the caller may read something: the working text or a published version. */
  @GET
  public List<LawViews.LawSummary> all() {
    return laws.all().stream()
        .filter(law -> access.listed(law, security))
        .map(LawViews::summary)
        .toList();
  }

  /**
   * A new law from its JSON plan. An Akoma Ntoso document posted here is read by the publication
   * capability's resource for the same path; {@code /openapi} shows one operation for both, so each
   * method declares both bodies.
   */
  @POST
  @RequiresRole("drafter")
  @SingleCommit
  @RequestBody(
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "application/akn+xml"),
        @Content(mediaType = MediaType.APPLICATION_XML),
        @Content(mediaType = MediaType.TEXT_XML)
      })
  public Response create(JsonStructure body, @Context UriInfo uri) {
    NewLaw plan = LawPlanReader.read(JsonFields.of(body, LawPlanReader.LAW_FIELDS));
    Law law = creation.create(plan, security.getUserPrincipal().getName(), "Created");
    return Response.created(uri.getAbsolutePathBuilder().path(law.slug()).build())
        .entity(LawViews.summary(law))
        .build();
  }

  @GET
  @Path("{law}")
  @ReadsWorkingText
  public LawViews.LawView law(@PathParam("law") String slug, @QueryParam("lang") String lang) {
    Law law = laws.bySlug(slug);
    return views.law(law, laws.language(law, lang), null);
  }

  /**
   * The diff between two recorded versions, kept once made (see {@link RecordedAnswers}): both
   * sides are recorded, so the answer never changes. With an ETag, and 304 for a client that sends
   * it back in {@code If-None-Match}.
   */
  @GET
  @Path("{law}/diff")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public Response diff(
      @PathParam("law") String slug,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format,
      @Context Request request) {
    Law law = laws.bySlug(slug);
    Language language = laws.language(law, lang);
    LawVersion a =
        access.version(law, QueryParams.requiredPositive("from", from), "from", security);
    LawVersion b = access.version(law, QueryParams.requiredPositive("to", to), "to", security);
    boolean html = QueryParams.wantsHtml(format);
    var key =
        new RecordedAnswers.Key(
            "diff", law.id(), a.number(), b.number(), language, html, List.of());
    return answers.answer(
        key,
        request,
        () -> {
          LawDiff diff = diff(slug, language, a, b);
          return html ? RecordedAnswers.html(LawRedline.html(diff)) : RecordedAnswers.json(diff);
        });
  }

  private LawDiff diff(String slug, Language language, LawVersion a, LawVersion b) {
    List<Division> fromDivisions = recorded.divisions(a);
    List<Division> toDivisions = recorded.divisions(b);
    Map<LawPart, LawTextRevision> fromTexts = recorded.texts(a, language);
    Map<LawPart, LawTextRevision> toTexts = recorded.texts(b, language);
    List<ArticleRevision> fromRevisions = versions.recordedRevisions(a, language);
    List<ArticleRevision> toRevisions = versions.recordedRevisions(b, language);
    LawLayout before = LawLayout.of(fromDivisions, fromRevisions);
    LawLayout after = LawLayout.of(toDivisions, toRevisions);
    // Both sides in the later version's numbering: only the drafters' edits show as changes.
    List<ArticleRevision> both = new ArrayList<>(fromRevisions);
    both.addAll(toRevisions);
    var shown = crossReferences.reading(both, after);
    return new LawDiff(
        slug,
        language,
        a.number(),
        a.label(),
        b.number(),
        b.label(),
        LawComparison.between(before, after, shown::text, diffs),
        StructureComparison.TextChange.of(fromTexts.get(LawPart.TITLE), toTexts.get(LawPart.TITLE)),
        StructureComparison.TextChange.of(
            fromTexts.get(LawPart.PREAMBLE), toTexts.get(LawPart.PREAMBLE)),
        StructureComparison.divisions(fromDivisions, toDivisions, language));
  }

  /** Who reads the law's working text: {@code {"workingText": "everyone" | "drafters"}}. */
  @PUT
  @Path("{law}/visibility")
  @RequiresRole("drafter")
  public Visibility visibility(@PathParam("law") String slug, JsonStructure body) {
    String readers = JsonFields.of(body, Set.of("workingText")).requiredText("workingText", 20);
    WorkingTextReaders chosen = WireNames.parse(WorkingTextReaders.class, "workingText", readers);
    return transaction.answer(() -> Visibility.of(publication.readWorkingTextBy(slug, chosen)));
  }
}
