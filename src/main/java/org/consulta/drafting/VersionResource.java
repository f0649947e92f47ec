package org.consulta.drafting;

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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.SingleCommit;
import org.consulta.platform.WriteTransaction;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Versions of a law (milestones), recorded and read back exactly. */
@Path("laws/{law}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private LawViews views;
  @Inject private Accounts accounts;
  @Inject private LawReadAccess access;
  @Inject private RecordedAnswers answers;
  @Inject private LawPublication publication;
  @Inject private WriteTransaction transaction;
  @Context private SecurityContext security;

  @PathParam("law")
  private String slug;

  /** A version; {@code publishedAt} is absent while it is not published. */
  public record VersionSummary(
      int number,
      String label,
      String author,
      String authorName,
      Instant createdAt,
      boolean published,
      Instant publishedAt) {
    static VersionSummary of(LawVersion v, Map<String, String> names) {
      return new VersionSummary(
          v.number(),
          v.label(),
          v.author(),
          names.getOrDefault(v.author(), v.author()),
          v.createdAt(),
          v.published(),
          v.publishedAt());
    }
  }

  @POST
  @RequiresRole("drafter")
  @SingleCommit
  public Response record(JsonStructure body, @Context UriInfo uri) {
    String label = JsonFields.of(body, Set.of("label")).requiredText("label", 300);
    LawVersion version = versions.record(slug, label, security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path("" + version.number()).build())
        .entity(summary(version))
        .build();
  }

  /** Every version for the drafting team and wherever everyone reads the working text. */
  @GET
  public List<VersionSummary> all() {
    List<LawVersion> all = access.versions(laws.bySlug(slug), security);
    var names =
        accounts.displayNames(all.stream().map(LawVersion::author).collect(Collectors.toSet()));
    return all.stream().map(v -> VersionSummary.of(v, names)).toList();
  }

  /**
   * The law as the version recorded it, kept once read (see {@link RecordedAnswers}); with an ETag,
   * and 304 for a client that sends it back in {@code If-None-Match}.
   */
  @GET
  @Path("{v}")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LawViews.LawView.class)))
  public Response version(
      @PathParam("v") String v, @QueryParam("lang") String lang, @Context Request request) {
    LawVersion version = access.version(slug, number(v), "v", security);
    Law law = version.law();
    Language language = laws.language(law, lang);
    LawExpression expression = law.expression(language).orElseThrow();
    // What the view shows of the law as it stands: its languages, and the expression's title and
    // preamble where the version recorded none.
    List<?> shown =
        Arrays.asList(List.copyOf(law.languages()), expression.title(), expression.preamble());
    var key =
        new RecordedAnswers.Key(
            "version", law.id(), version.number(), version.number(), language, false, shown);
    return answers.answer(
        key, request, () -> RecordedAnswers.json(views.law(law, language, version)));
  }

  /** The version number asked for; an unknown law is answered as such before a bad number. */
  private int number(String v) {
    try {
      return QueryParams.requiredPositive("v", v);
    } catch (DomainException e) {
      laws.bySlug(slug);
      throw e;
    }
  }

  @POST
  @Path("{v}/publish")
  @RequiresRole("drafter")
  public VersionSummary publish(@PathParam("v") String v) {
    int number = QueryParams.requiredPositive("v", v);
    String by = security.getUserPrincipal().getName();
    return transaction.answer(() -> summary(publication.publish(slug, number, by)));
  }

  @POST
  @Path("{v}/unpublish")
  @RequiresRole("drafter")
  public VersionSummary unpublish(@PathParam("v") String v) {
    int number = QueryParams.requiredPositive("v", v);
    return transaction.answer(() -> summary(publication.unpublish(slug, number)));
  }

  private VersionSummary summary(LawVersion version) {
    return VersionSummary.of(version, accounts.displayNames(List.of(version.author())));
  }
}
