package org.consulta.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.consulta.accounts.Accounts;
import org.consulta.accounts.Role;
import org.consulta.drafting.LawReadAccess;
import org.consulta.legislation.LegislationIndex;
import org.consulta.legislation.SearchParams;
import org.consulta.platform.SearchLatency;
import org.consulta.platform.WireNames;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;

/**
 * One search over everything Consulta holds, by {@code scope}: model-law articles (open to all),
 * consultation comments (for those who may read them) or national legislation, which answers as
 * {@code /api/legislation/search} does.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSearchResource {
  @Inject private WorkIndexer indexer;
  @Inject private LegislationIndex legislation;
  @Inject private Accounts accounts;
  @Inject private LawReadAccess access;
  @Inject private SearchLatency latency;
  @Context private SecurityContext security;

  @GET
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
        name = "scope",
        in = ParameterIn.QUERY,
        description = "laws, comments or legislation (the default)"),
    @Parameter(
        name = "law",
        in = ParameterIn.QUERY,
        description = "laws and comments: law slugs, comma-separated"),
    @Parameter(
        name = "lang",
        in = ParameterIn.QUERY,
        description = "languages, comma-separated: es,en,pt,fr"),
    @Parameter(
        name = "consultation",
        in = ParameterIn.QUERY,
        description = "comments: round ids, comma-separated"),
    @Parameter(
        name = "kind",
        in = ParameterIn.QUERY,
        description = "comments: comment, suggestion, reply"),
    @Parameter(
        name = "state",
        in = ParameterIn.QUERY,
        description = "comments: anchor states (exact, moved, changed, orphaned)"),
    @Parameter(
        name = "sector",
        in = ParameterIn.QUERY,
        description = "comments: participant sectors"),
    @Parameter(
        name = "country",
        in = ParameterIn.QUERY,
        description = "comments and legislation: ISO 3166 codes"),
    @Parameter(
        name = "disposition",
        in = ParameterIn.QUERY,
        description = "comments: dispositions, or none for unanswered"),
    @Parameter(
        name = "type",
        in = ParameterIn.QUERY,
        description = "legislation: instrument types"),
    @Parameter(
        name = "inForce",
        in = ParameterIn.QUERY,
        description = "legislation: true, false or unknown"),
    @Parameter(
        name = "yearFrom",
        in = ParameterIn.QUERY,
        description = "legislation: earliest instrument year"),
    @Parameter(
        name = "yearTo",
        in = ParameterIn.QUERY,
        description = "legislation: latest instrument year"),
    @Parameter(
        name = "sort",
        in = ParameterIn.QUERY,
        description = "legislation: relevance or year"),
    @Parameter(
        name = "expand",
        in = ParameterIn.QUERY,
        description = "legislation: false to search without the thesaurus")
  })
  public Response search(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    String named = params.getFirst("scope");
    Scope scope = named == null ? Scope.LEGISLATION : WireNames.parse(Scope.class, "scope", named);
    try {
      Object results =
          switch (scope) {
            case LAWS -> articles(params);
            case COMMENTS -> comments(params);
            case LEGISLATION -> legislation(params);
          };
      return Response.ok(results).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WorkResults<ArticleHit> articles(MultivaluedMap<String, String> params)
      throws IOException {
    // The index holds every law's working text; who may read which is decided per query, from the
    // database, so that a change of visibility needs no reindexing.
    ArticleQuery query = WorkParams.articles(params, access.hiddenWorkingTexts(security));
    WorkIndex index = indexer.searchable();
    return latency.time("laws", () -> index.search(query));
  }

  private WorkResults<CommentHit> comments(MultivaluedMap<String, String> params)
      throws IOException {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"consulta\"");
    }
    var account = accounts.find(security.getUserPrincipal().getName()).orElseThrow();
    boolean privileged = security.isUserInRole(Role.DRAFTER_NAME);
    CommentQuery query = WorkParams.comments(params, new Viewer(account.id(), privileged));
    WorkIndex index = indexer.searchable();
    return latency.time("comments", () -> index.search(query));
  }

  private Object legislation(MultivaluedMap<String, String> params) throws IOException {
    var query = SearchParams.read(withoutScope(params));
    return latency.time("legislation", () -> legislation.search(query));
  }

  private static MultivaluedMap<String, String> withoutScope(
      MultivaluedMap<String, String> params) {
    var rest = new MultivaluedHashMap<String, String>(params);
    rest.remove("scope");
    return rest;
  }
}
