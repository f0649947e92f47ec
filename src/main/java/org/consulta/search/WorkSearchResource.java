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
import org.consulta.legislation.LegislationIndex;
import org.consulta.legislation.SearchParams;
import org.consulta.platform.WireNames;

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
  @Context private SecurityContext security;

  @GET
  public Response search(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    String named = params.getFirst("scope");
    Scope scope = named == null ? Scope.LEGISLATION : WireNames.parse(Scope.class, "scope", named);
    try {
      Object results =
          switch (scope) {
            case LAWS -> articles(params);
            case COMMENTS -> comments(params);
            case LEGISLATION -> legislation.search(SearchParams.read(withoutScope(params)));
          };
      return Response.ok(results).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WorkResults<ArticleHit> articles(MultivaluedMap<String, String> params)
      throws IOException {
    ArticleQuery query = WorkParams.articles(params);
    return indexer.searchable().search(query);
  }

  private WorkResults<CommentHit> comments(MultivaluedMap<String, String> params)
      throws IOException {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"consulta\"");
    }
    var account = accounts.find(security.getUserPrincipal().getName()).orElseThrow();
    boolean privileged = security.isUserInRole(Role.DRAFTER_NAME);
    CommentQuery query = WorkParams.comments(params, new Viewer(account.id(), privileged));
    return indexer.searchable().search(query);
  }

  private static MultivaluedMap<String, String> withoutScope(
      MultivaluedMap<String, String> params) {
    var rest = new MultivaluedHashMap<String, String>(params);
    rest.remove("scope");
    return rest;
  }
}
