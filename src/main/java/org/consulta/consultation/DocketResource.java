package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consulta.organisations.Sector;
import org.consulta.platform.QueryParams;
import org.consulta.platform.WireNames;

/** A round's public docket: its published contributions with the drafters' answers, for anyone. */
@Path("consultations/{id}/docket")
@Produces(MediaType.APPLICATION_JSON)
public class DocketResource {
  @Inject private Consultations consultations;
  @Inject private Docket docket;

  /** The docket of a round; {@code publishesContributions} false means it lists nothing. */
  public record RoundDocket(
      long consultation, boolean publishesContributions, Docket.Page contributions) {}

  @GET
  public RoundDocket docket(
      @PathParam("id") String id,
      @QueryParam("article") String article,
      @QueryParam("country") String country,
      @QueryParam("sector") String sector,
      @QueryParam("organisation") String organisation,
      @QueryParam("channel") String channel,
      @QueryParam("page") String page) {
    Consultation round = consultations.find(ConsultationResource.roundId(id));
    var filter =
        new Docket.Filter(
            blankToNull(article),
            blankToNull(country),
            sector == null || sector.isBlank()
                ? null
                : WireNames.parse(Sector.class, "sector", sector),
            organisation == null || organisation.isBlank()
                ? null
                : (long) QueryParams.requiredPositive("organisation", organisation),
            channel == null || channel.isBlank()
                ? null
                : WireNames.parse(Channel.class, "channel", channel));
    return new RoundDocket(
        round.id(), round.publishesContributions(), docket.of(round, filter, page(page)));
  }

  static int page(String page) {
    return QueryParams.optionalInt("page", page, 1, Integer.MAX_VALUE / Docket.PAGE_SIZE, 1);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
