package org.consulta.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Supplier;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawReadAccess;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;

/**
 * The comparative table of two versions of a law, or of a version and the working text ({@code to}
 * left out), in one language.
 */
@Path("laws/{law}/comparison")
public class ComparisonResource {
  @Inject private Laws laws;
  @Inject private LawReadAccess access;
  @Inject private EditionBuilder builder;
  @Inject private EditionRendering rendering;
  @Inject private PublishedFiles files;

  @GET
  @Produces({"application/json", "*/*"})
  public Response comparison(
      @PathParam("law") String slug,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format,
      @QueryParam("unchanged") String unchanged,
      @Context Request request,
      @Context SecurityContext security) {
    boolean working = to == null || to.isBlank();
    Law law = working ? access.workingText(slug, security) : laws.bySlug(slug);
    EditionFormat chosen = EditionFormat.parse("format", format == null ? "json" : format);
    if (!chosen.comparison()) {
      throw DomainException.invalid(
          "format",
          "a comparative table has no " + chosen.code() + " form; ask for another format");
    }
    List<Language> language = List.of(laws.language(law, lang));
    Unchanged mode = Unchanged.parse("unchanged", unchanged);
    LawVersion earlier =
        access.version(law, QueryParams.requiredPositive("from", from), "from", security);
    LawVersion later =
        working
            ? null
            : access.version(law, QueryParams.requiredPositive("to", to), "to", security);
    Supplier<byte[]> render =
        () ->
            rendering.render(
                ComparisonBuilder.between(
                    builder.build(law, earlier, language),
                    builder.build(law, later, language),
                    mode),
                chosen);
    String document =
        "v" + earlier.number() + "-" + (later == null ? "working" : "v" + later.number());
    if (later == null) {
      return files.working(
          request,
          law,
          laws.divisions(law),
          document,
          builder.workingState(law, language),
          language,
          chosen,
          render);
    }
    return files.recorded(
        request, law, laws.divisions(law), document + "-" + mode.code(), language, chosen, render);
  }
}
