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
import org.consulta.platform.SearchLatency;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;

/** Searching national legislation, and reading one provision whole. Open to everyone. */
@Path("legislation")
@Produces(MediaType.APPLICATION_JSON)
public class LegislationResource {
  @Inject private LegislationIndex index;
  @Inject private ProvisionStore store;
  @Inject private SearchLatency latency;

  @GET
  @Path("search")
  @Parameters({
    @Parameter(
        name = "q",
        in = ParameterIn.QUERY,
        description = "Lucene classic syntax; blank finds everything"),
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "hits to skip, 0 to 10000"),
    @Parameter(
        name = "limit",
        in = ParameterIn.QUERY,
        description = "hits to return, 0 to 100 (20)"),
    @Parameter(
        name = "lang",
        in = ParameterIn.QUERY,
        description = "languages, comma-separated: es,en,pt,fr"),
    @Parameter(
        name = "country",
        in = ParameterIn.QUERY,
        description = "ISO 3166 codes, comma-separated"),
    @Parameter(
        name = "type",
        in = ParameterIn.QUERY,
        description = "instrument types, comma-separated"),
    @Parameter(
        name = "inForce",
        in = ParameterIn.QUERY,
        description = "true, false or unknown, comma-separated"),
    @Parameter(name = "yearFrom", in = ParameterIn.QUERY, description = "earliest instrument year"),
    @Parameter(name = "yearTo", in = ParameterIn.QUERY, description = "latest instrument year"),
    @Parameter(
        name = "sort",
        in = ParameterIn.QUERY,
        description = "relevance (the default) or year"),
    @Parameter(
        name = "expand",
        in = ParameterIn.QUERY,
        description = "false to search without the thesaurus")
  })
  public SearchResults search(@Context UriInfo uri) {
    LegislationQuery query = SearchParams.read(uri.getQueryParameters());
    try {
      return latency.time("legislation", () -> index.search(query));
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
