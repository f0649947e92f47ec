package org.consulta.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.Laws;
import org.consulta.platform.QueryParams;

/**
 * A law published as a document: one recorded version, or the working text, in one language or two,
 * in one format. Recorded versions never change, so their files are rendered once.
 */
@Path("laws/{law}/editions")
public class EditionResource {
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private EditionBuilder builder;
  @Inject private EditionRendering rendering;
  @Inject private EditionCache cache;
  @Inject private RenderGate gate;

  @GET
  @Produces({"application/json", "*/*"})
  public Response edition(
      @PathParam("law") String slug,
      @QueryParam("version") String version,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format,
      @Context Request request) {
    Law law = laws.bySlug(slug);
    EditionFormat chosen = EditionFormat.parse("format", format == null ? "json" : format);
    List<Language> languages = EditionLanguages.parse(laws, law, "lang", lang);
    if (version == null || version.isBlank()) {
      byte[] bytes =
          gate.render(() -> rendering.render(builder.build(law, null, languages), chosen));
      CacheControl noStore = new CacheControl();
      noStore.setNoStore(true);
      return file(bytes, chosen, fileName(law, "working", languages, chosen))
          .cacheControl(noStore)
          .build();
    }
    LawVersion recorded =
        versions.find(law, QueryParams.requiredPositive("version", version), "version");
    String key =
        EditionKey.of(
            law, laws.divisions(law), recorded.number(), languages, chosen, cache.build());
    EntityTag tag = new EntityTag(key);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.build();
    }
    byte[] bytes =
        cache.get(
            key,
            () ->
                gate.render(
                    () -> rendering.render(builder.build(law, recorded, languages), chosen)));
    return file(bytes, chosen, fileName(law, "v" + recorded.number(), languages, chosen))
        .tag(tag)
        .build();
  }

  private static Response.ResponseBuilder file(byte[] bytes, EditionFormat format, String name) {
    String disposition = format.download() ? "attachment" : "inline";
    return Response.ok(bytes, format.mediaType())
        .header("Content-Disposition", disposition + "; filename=\"" + name + "\"");
  }

  /** {@code parity_v2_es-en.pdf}: law, version and languages, as the issue asks. */
  private static String fileName(
      Law law, String version, List<Language> languages, EditionFormat format) {
    String langs = languages.stream().map(Language::name).collect(Collectors.joining("-"));
    return law.slug() + "_" + version + "_" + langs + "." + format.extension();
  }
}
