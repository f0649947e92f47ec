package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consulta.drafting.Division;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;

/**
 * Serves a rendered document with an ETag that names what it shows: from recorded versions, kept on
 * disk once rendered; from the working text, kept in memory until the text changes.
 */
@ApplicationScoped
public class PublishedFiles {
  @Inject private EditionCache cache;
  @Inject private RecentRenders recent;
  @Inject private RenderGate gate;

  /** A document of recorded versions only, which therefore never changes: kept on disk. */
  Response recorded(
      Request request,
      Law law,
      List<Division> divisions,
      String document,
      List<Language> languages,
      EditionFormat format,
      Supplier<byte[]> render) {
    String key = EditionKey.of(law, divisions, document, languages, format, cache.build());
    return serve(request, key, () -> cache.get(key, () -> gate.render(render)))
        .header("Content-Disposition", disposition(law, document, languages, format))
        .header("Content-Security-Policy", policy(format))
        .type(format.mediaType())
        .build();
  }

  /**
   * A document that shows the working text in {@code state} (see {@link
   * EditionBuilder#workingState}): kept in memory for a while, revalidated on every request.
   */
  Response working(
      Request request,
      Law law,
      List<Division> divisions,
      String document,
      String state,
      List<Language> languages,
      EditionFormat format,
      Supplier<byte[]> render) {
    String key =
        EditionKey.of(law, divisions, document + "@" + state, languages, format, cache.build());
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    return serve(request, key, () -> recent.get(key, () -> gate.render(render)))
        .header("Content-Disposition", disposition(law, document, languages, format))
        .header("Content-Security-Policy", policy(format))
        .type(format.mediaType())
        .cacheControl(revalidate)
        .build();
  }

  private static Response.ResponseBuilder serve(
      Request request, String key, Supplier<byte[]> bytes) {
    EntityTag tag = new EntityTag(key);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    return unchanged != null ? unchanged : Response.ok(bytes.get()).tag(tag);
  }

  /**
   * The print page's own policy, which replaces the application's: that one would refuse the page
   * its inline stylesheet. Null (no header of its own) for the other formats.
   */
  private static String policy(EditionFormat format) {
    return format == EditionFormat.HTML ? PrintFrame.CONTENT_SECURITY_POLICY : null;
  }

  private static String disposition(
      Law law, String document, List<Language> languages, EditionFormat format) {
    return (format.download() ? "attachment" : "inline")
        + "; filename=\""
        + fileName(law, document, languages, format)
        + "\"";
  }

  /** {@code parity_v2_es-en.pdf}: law, version(s) and languages, as the issue asks. */
  private static String fileName(
      Law law, String document, List<Language> languages, EditionFormat format) {
    String langs = languages.stream().map(Language::name).collect(Collectors.joining("-"));
    return law.slug() + "_" + document + "_" + langs + "." + format.extension();
  }
}
