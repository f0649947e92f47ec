package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.consulta.accounts.LogInThrottle;
import org.consulta.accounts.Role;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;

/** Anyone may register as a participant; drafters see who takes part. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {
  private static final Set<String> FIELDS =
      Set.of(
          "username",
          "displayName",
          "password",
          "email",
          "organisationId",
          "organisation",
          "country",
          "sector");

  @Inject private Participants participants;
  @Inject private Callers callers;
  @Inject private LogInThrottle throttle;

  /**
   * A participant; {@code organisationId}, {@code organisation} and {@code organisationStatus}
   * describe the organisation they speak for ({@code proposed} when it awaits a drafter), absent
   * when they speak for themselves.
   */
  public record ParticipantView(
      String username,
      String displayName,
      String email,
      Long organisationId,
      String organisation,
      String organisationStatus,
      String country,
      String sector,
      Instant registeredAt) {
    static ParticipantView of(Participant p) {
      var memberOf = p.memberOf();
      return new ParticipantView(
          p.account().username(),
          p.account().displayName(),
          p.email(),
          memberOf.map(Organisation::id).orElse(null),
          p.organisation().isEmpty() ? null : p.organisation(),
          memberOf.map(o -> WireNames.of(o.status())).orElse(null),
          p.country(),
          WireNames.of(p.sector()),
          p.createdAt());
    }
  }

  @POST
  public Response register(
      JsonStructure body, @Context UriInfo uri, @Context HttpServletRequest request) {
    var fields = JsonFields.of(body, FIELDS);
    String username = fields.requiredText("username", 64);
    var form =
        new Participants.Registration(
            username,
            fields.optionalText("displayName", 200).orElse(username),
            fields.requiredText("password", 200),
            fields.requiredText("email", 320),
            fields
                .optionalInt("organisationId", 1, Integer.MAX_VALUE)
                .map(Long::valueOf)
                .orElse(null),
            fields.optionalText("organisation", 300).orElse(null),
            fields.requiredText("country", 2),
            WireNames.parse(Sector.class, "sector", fields.requiredText("sector", 40)));
    var participant = throttled(form, request.getRemoteAddr());
    return Response.created(uri.getAbsolutePathBuilder().path("me").build())
        .entity(ParticipantView.of(participant))
        .build();
  }

  /**
   * Registers under the log-in throttle: asking for a taken username probes which names exist, so
   * it counts as a failed attempt for that name and address.
   */
  private Participant throttled(Participants.Registration form, String address) {
    throttle.check(form.username(), address);
    try {
      return participants.register(form);
    } catch (DomainException e) {
      if (e.reason() == DomainException.Reason.CONFLICT) {
        throttle.failed(form.username(), address);
      }
      throw e;
    }
  }

  @GET
  @RequiresRole(Role.DRAFTER_NAME)
  public List<ParticipantView> all() {
    return participants.all().stream().map(ParticipantView::of).toList();
  }

  @GET
  @Path("me")
  @RequiresRole(Role.PARTICIPANT_NAME)
  public ParticipantView me(@Context SecurityContext security) {
    return participants
        .of(callers.of(security).account())
        .map(ParticipantView::of)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Reason.NOT_FOUND,
                    "username",
                    "this account has the participant role but never registered as one"));
  }
}
