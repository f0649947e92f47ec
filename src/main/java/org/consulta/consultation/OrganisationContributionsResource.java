package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consulta.organisations.Organisation;
import org.consulta.platform.QueryParams;

/** An organisation's public contributions across rounds and laws, for anyone. */
@Path("organisations/{id}/contributions")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationContributionsResource {
  @Inject private Docket docket;

  public record Contributions(long organisation, String name, Docket.Page contributions) {}

  @GET
  public Contributions contributions(@PathParam("id") String id, @QueryParam("page") String page) {
    Organisation organisation =
        docket.organisation(QueryParams.requiredPositive("organisation", id));
    return new Contributions(
        organisation.id(), organisation.name(), docket.of(organisation, DocketResource.page(page)));
  }
}
