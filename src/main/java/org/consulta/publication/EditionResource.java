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
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawReadAccess;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;

/**
 * A law published as a document: one recorded version, or the working text, in one language or two,
 * in one format.
 */
@Path("laws/{law}/editions")
public class EditionResource {
  @Inject private Laws laws;
  @Inject private LawReadAccess access;
  @Inject private EditionBuilder builder;
  @Inject private EditionRendering rendering;
  @Inject private PublishedFiles files;

  @GET
  @Produces({"application/json", "*/*"})
  public Response edition(
      @PathParam("law") String slug,
      @QueryParam("version") String version,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format,
      @Context Request request,
      @Context SecurityContext security) {
    boolean working = version == null || version.isBlank();
    Law law = working ? access.workingText(slug, security) : laws.bySlug(slug);
    EditionFormat chosen = EditionFormat.parse("format", format == null ? "json" : format);
    List<Language> languages = EditionLanguages.parse(laws, law, "lang", lang);
    if (languages.size() > 1 && !chosen.bilingual()) {
      throw DomainException.invalid(
          "lang",
          "a "
              + chosen.code()
              + " document holds one language version: ask for one language, such as lang="
              + languages.get(0)
              + ", or another format for a bilingual edition");
    }
    if (working) {
      return files.working(
          request,
          law,
          laws.divisions(law),
          "working",
          builder.workingState(law, languages),
          languages,
          chosen,
          () -> rendering.render(builder.build(law, null, languages), chosen));
    }
    LawVersion recorded =
        access.version(law, QueryParams.requiredPositive("version", version), "version", security);
    return files.recorded(
        request,
        law,
        laws.divisions(law),
        "v" + recorded.number(),
        languages,
        chosen,
        () -> rendering.render(builder.build(law, recorded, languages), chosen));
  }
}
