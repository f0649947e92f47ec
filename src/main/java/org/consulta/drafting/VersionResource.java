package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/** Versions of a law (milestones), recorded and read back exactly. */
@Path("laws/{law}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private LawViews views;
  @Inject private Accounts accounts;

  @PathParam("law")
  private String slug;

  public record VersionSummary(
      int number, String label, String author, String authorName, Instant createdAt) {
    static VersionSummary of(LawVersion v, Map<String, String> names) {
      return new VersionSummary(
          v.number(),
          v.label(),
          v.author(),
          names.getOrDefault(v.author(), v.author()),
          v.createdAt());
    }
  }

  @POST
  @RequiresRole("drafter")
  public Response record(
      JsonStructure body, @Context SecurityContext security, @Context UriInfo uri) {
    String label = JsonFields.of(body, Set.of("label")).requiredText("label", 300);
    LawVersion version = versions.record(slug, label, security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path("" + version.number()).build())
        .entity(VersionSummary.of(version, accounts.displayNames(List.of(version.author()))))
        .build();
  }

  @GET
  public List<VersionSummary> all() {
    List<LawVersion> all = versions.all(laws.bySlug(slug));
    var names =
        accounts.displayNames(all.stream().map(LawVersion::author).collect(Collectors.toSet()));
    return all.stream().map(v -> VersionSummary.of(v, names)).toList();
  }

  @GET
  @Path("{v}")
  public LawViews.LawView version(@PathParam("v") String v, @QueryParam("lang") String lang) {
    Law law = laws.bySlug(slug);
    LawVersion version = versions.find(law, QueryParams.requiredPositive("v", v), "v");
    return views.law(law, laws.language(law, lang), version);
  }
}
