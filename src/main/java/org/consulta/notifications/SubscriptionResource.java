package org.consulta.notifications;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.consultation.Callers;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/**
 * A drafter's subscription to a round's new contributions: {@code {"email", "lang"?}}; read back
 * with {@code GET} (404 naming {@code subscription} when there is none).
 */
@Path("consultations/{id}/subscription")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.DRAFTER_NAME)
public class SubscriptionResource {
  private static final Set<String> FIELDS = Set.of("email", "lang");

  @Inject private Subscriptions subscriptions;
  @Inject private Callers callers;

  @GET
  public Subscriptions.Subscription subscription(
      @PathParam("id") String round, @Context SecurityContext security) {
    return subscriptions.of(
        QueryParams.requiredPositive("consultation", round), callers.of(security).account().id());
  }

  @PUT
  public Subscriptions.Subscription subscribe(
      @PathParam("id") String round, JsonStructure body, @Context SecurityContext security) {
    var fields = JsonFields.of(body, FIELDS);
    return subscriptions.subscribe(
        QueryParams.requiredPositive("consultation", round),
        callers.of(security).account().id(),
        fields.requiredText("email", 320),
        fields.optionalText("lang", 2).orElse("es"));
  }

  @DELETE
  public Response unsubscribe(@PathParam("id") String round, @Context SecurityContext security) {
    subscriptions.unsubscribe(
        QueryParams.requiredPositive("consultation", round), callers.of(security).account().id());
    return Response.noContent().build();
  }
}
