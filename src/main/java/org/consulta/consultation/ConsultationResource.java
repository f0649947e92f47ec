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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
          "publishesContributions",
          "texts");
  private static final Set<String> CHANGE =
      Set.of("status", "endsAt", "publishesContributions", "title", "description", "texts");
  private static final Set<String> TEXT = Set.of("title", "description");
  private static final int MAX_TITLE = 500;
  private static final int MAX_DESCRIPTION = 20000;

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
      boolean publishesContributions,
      Map<Language, TextView> texts) {
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
          c.publishesContributions(),
          texts(c));
    }

    private static Map<Language, TextView> texts(Consultation c) {
      Map<Language, TextView> views = new TreeMap<>();
      c.texts().forEach((lang, text) -> views.put(lang, TextView.of(text)));
      return views;
    }
  }

  /** A round's title and description in one of its languages. */
  public record TextView(String title, String description) {
    static TextView of(RoundText text) {
      return new TextView(text.title(), text.description());
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
            fields.requiredText("title", MAX_TITLE),
            fields.optionalText("description", MAX_DESCRIPTION).orElse(null),
            languages(fields),
            fields.optionalInstant("startsAt").orElse(null),
            fields.requiredInstant("endsAt"),
            fields.optionalBoolean("publishesContributions").orElse(false),
            texts(fields));
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
    var change =
        new Consultations.Change(
            status,
            fields.optionalInstant("endsAt").orElse(null),
            fields.optionalBoolean("publishesContributions").orElse(null),
            fields.optionalNonBlankText("title", MAX_TITLE).orElse(null),
            fields.optionalTextAllowingEmpty("description", MAX_DESCRIPTION).orElse(null),
            texts(fields));
    return RoundView.of(consultations.change(slug, roundId(id), change), consultations.now());
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

  /** {@code "texts": {"es": {"title", "description"}}}: a title is required, a description not. */
  private static Map<Language, RoundText> texts(JsonFields fields) {
    Map<Language, RoundText> texts = new LinkedHashMap<>();
    fields
        .optionalObjectsByKey("texts", TEXT)
        .forEach(
            (code, text) ->
                texts.put(
                    Language.parse(fields.field("texts." + code), code),
                    new RoundText(
                        text.requiredText("title", MAX_TITLE),
                        text.optionalText("description", MAX_DESCRIPTION).orElse(""))));
    return texts;
  }

  private static List<Language> languages(JsonFields fields) {
    return fields
        .optionalTextList("languages", 2)
        .map(codes -> codes.stream().map(c -> Language.parse("languages", c)).toList())
        .orElse(null);
  }
}
