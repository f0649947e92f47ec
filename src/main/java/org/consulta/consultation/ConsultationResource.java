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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.drafting.Language;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;

/** The consultation rounds of a law: opened, listed, opened or closed early, compared. */
@Path("laws/{law}/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {
  private static final Set<String> OPEN =
      Set.of(
          "version",
          "title",
          "description",
          "languages",
          "startsAt",
          "endsAt",
          "publishesContributions");
  private static final Set<String> CHANGE = Set.of("status", "endsAt", "publishesContributions");

  @Inject private Consultations consultations;
  @Inject private RoundComparison comparison;

  @PathParam("law")
  private String slug;

  public record RoundView(
      long id,
      String law,
      int version,
      String title,
      String description,
      List<Language> languages,
      Instant startsAt,
      Instant endsAt,
      String status,
      String createdBy,
      Instant createdAt,
      boolean publishesContributions) {
    static RoundView of(Consultation c, Instant now) {
      return new RoundView(
          c.id(),
          c.law().slug(),
          c.version().number(),
          c.title(),
          c.description(),
          c.languages(),
          c.startsAt(),
          c.endsAt(),
          WireNames.of(c.status(now)),
          c.createdBy(),
          c.createdAt(),
          c.publishesContributions());
    }
  }

  @POST
  @RequiresRole(Role.DRAFTER_NAME)
  public Response open(
      JsonStructure body, @Context SecurityContext security, @Context UriInfo uri) {
    var fields = JsonFields.of(body, OPEN);
    var request =
        new Consultations.Request(
            fields.optionalInt("version", 1, Integer.MAX_VALUE).orElse(null),
            fields.requiredText("title", 500),
            fields.optionalText("description", 20000).orElse(null),
            languages(fields),
            fields.optionalInstant("startsAt").orElse(null),
            fields.requiredInstant("endsAt"),
            fields.optionalBoolean("publishesContributions").orElse(false));
    var round = consultations.open(slug, request, security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path("" + round.id()).build())
        .entity(RoundView.of(round, consultations.now()))
        .build();
  }

  @GET
  public List<RoundView> all() {
    Instant now = consultations.now();
    return consultations.of(slug).stream().map(c -> RoundView.of(c, now)).toList();
  }

  @GET
  @Path("{id}")
  public RoundView one(@PathParam("id") String id) {
    return RoundView.of(consultations.find(slug, roundId(id)), consultations.now());
  }

  @PATCH
  @Path("{id}")
  @RequiresRole(Role.DRAFTER_NAME)
  public RoundView change(@PathParam("id") String id, JsonStructure body) {
    var fields = JsonFields.of(body, CHANGE);
    RoundStatus status =
        fields
            .optionalText("status", 20)
            .map(s -> WireNames.parse(RoundStatus.class, "status", s))
            .orElse(null);
    var round =
        consultations.change(
            slug,
            roundId(id),
            status,
            fields.optionalInstant("endsAt").orElse(null),
            fields.optionalBoolean("publishesContributions").orElse(null));
    return RoundView.of(round, consultations.now());
  }

  @GET
  @Path("{id}/compare")
  @RequiresRole(Role.DRAFTER_NAME)
  public RoundComparison.Comparison compare(
      @PathParam("id") String id, @QueryParam("with") String other) {
    return comparison.compare(
        consultations.find(slug, roundId(id)),
        consultations.find(slug, QueryParams.requiredPositive("with", other)));
  }

  static long roundId(String id) {
    return QueryParams.requiredPositive("consultation", id);
  }

  private static List<Language> languages(JsonFields fields) {
    return fields
        .optionalTextList("languages", 2)
        .map(codes -> codes.stream().map(c -> Language.parse("languages", c)).toList())
        .orElse(null);
  }
}
