package org.consulta.implementation;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.drafting.ReadsWorkingText;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.ProblemCode;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/**
 * The implementation map of a law: the matrix of articles and countries (JSON or CSV), a country's
 * and an article's profile, and each cell's assessment, recorded, revised and kept by drafters and
 * researchers.
 */
@ReadsWorkingText
@Path("laws/{law}/implementation")
@Produces(MediaType.APPLICATION_JSON)
public class ImplementationResource {
  static final String CSV = "text/csv";
  private static final Set<String> RECORD = Set.of("status", "provisions", "note");

  @Inject private ImplementationViews views;
  @Inject private Assessments assessments;
  @Inject private WriteTransaction transaction;

  @PathParam("law")
  private String slug;

  @QueryParam("lang")
  private String lang;

  @Context private SecurityContext security;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Response matrix(@QueryParam("format") String format, @Context HttpHeaders headers) {
    ImplementationMatrix matrix = views.matrix(slug, lang);
    if (!wantsCsv(format, headers)) {
      return Response.ok(matrix, MediaType.APPLICATION_JSON_TYPE).build();
    }
    return Response.ok(MatrixCsv.render(matrix), CSV + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + slug + "_implementation_" + matrix.lang() + ".csv\"")
        .build();
  }

  @GET
  @Path("countries/{country}")
  public ImplementationProfiles.Country country(@PathParam("country") String country) {
    return views.country(slug, country, lang);
  }

  @GET
  @Path("articles/{eId}")
  public ImplementationProfiles.Article article(@PathParam("eId") String eId) {
    return views.article(slug, eId, lang);
  }

  @GET
  @Path("{eId}/{country}")
  public Response cell(@PathParam("eId") String eId, @PathParam("country") String country) {
    ImplementationProfiles.Cell cell = views.cell(slug, eId, country, lang);
    var answer = Response.ok(cell);
    return cell.assessment().etag() == null
        ? answer.build()
        : answer.header(HttpHeaders.ETAG, cell.assessment().etag()).build();
  }

  @GET
  @Path("{eId}/{country}/history")
  public List<AssessmentView> history(
      @PathParam("eId") String eId, @PathParam("country") String country) {
    return views.history(slug, eId, country);
  }

  /**
   * Records the cell's next assessment: {@code 201} for the first, {@code 200} for a revision,
   * which must carry the current assessment's ETag in {@code If-Match}.
   */
  @PUT
  @Path("{eId}/{country}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole({Role.DRAFTER_NAME, Role.RESEARCHER_NAME})
  public Response record(
      @PathParam("eId") String eId,
      @PathParam("country") String countryCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonStructure body,
      @Context UriInfo uri) {
    String country = CountryCodes.parse("country", countryCode);
    JsonFields fields = JsonFields.of(body, RECORD);
    var judgement =
        new Assessments.Judgement(
            ImplementationStatus.parse("status", fields.requiredText("status", 20)),
            fields.optionalTextList("provisions", 200).orElse(List.of()),
            fields.optionalText("note", Assessments.MAX_NOTE).orElse(null));
    if (judgement.provisions().size() > Assessments.MAX_PROVISIONS) {
      throw DomainException.invalid(
          ProblemCode.TOO_LONG,
          "provisions",
          "at most " + Assessments.MAX_PROVISIONS + " provisions ground an assessment");
    }
    AssessmentView written =
        transaction.answer(
            () ->
                views.written(
                    assessments.record(
                        slug,
                        eId,
                        country,
                        ifMatch,
                        judgement,
                        security.getUserPrincipal().getName())));
    var answer =
        written.version() == 1
            ? Response.created(uri.getAbsolutePathBuilder().build()).entity(written)
            : Response.ok(written);
    return answer.header(HttpHeaders.ETAG, written.etag()).build();
  }

  private static boolean wantsCsv(String format, HttpHeaders headers) {
    if (format == null || format.isBlank()) {
      // the caller's most preferred of the two; */* and no Accept header are JSON
      for (MediaType type : headers.getAcceptableMediaTypes()) {
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
          return false;
        }
        if (type.isCompatible(MediaType.valueOf(CSV))) {
          return true;
        }
      }
      return false;
    }
    return switch (format) {
      case "json" -> false;
      case "csv" -> true;
      default ->
          throw DomainException.invalid(
              ProblemCode.INVALID_FORMAT, "format", "format is 'json' or 'csv'");
    };
  }
}
