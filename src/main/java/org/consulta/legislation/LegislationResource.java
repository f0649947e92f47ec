package org.consulta.legislation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.consulta.platform.DomainException;

/** Searching national legislation, and reading one provision whole. Open to everyone. */
@Path("legislation")
@Produces(MediaType.APPLICATION_JSON)
public class LegislationResource {
  @Inject private LegislationIndex index;
  @Inject private ProvisionStore store;

  @GET
  @Path("search")
  public SearchResults search(@Context UriInfo uri) {
    LegislationQuery query = SearchParams.read(uri.getQueryParameters());
    try {
      return index.search(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Provision ids hold slashes ({@code cl/es/ley-21675/art-1}), so the id is the rest of the path.
   */
  @GET
  @Path("provisions/{id: .+}")
  public ProvisionView provision(@PathParam("id") String id) {
    return store
        .find(id)
        .map(ProvisionView::of)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Reason.NOT_FOUND, "id", "no provision '" + id + "'"));
  }
}
