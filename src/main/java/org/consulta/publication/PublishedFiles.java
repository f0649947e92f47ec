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
 * Serves a rendered document: from recorded versions, once rendered and then from the cache, with
 * an ETag; from the working text, rendered for each request and never stored.
 */
@ApplicationScoped
public class PublishedFiles {
  @Inject private EditionCache cache;
  @Inject private RenderGate gate;

  /** A document of recorded versions only, which therefore never changes. */
  Response recorded(
      Request request,
      Law law,
      List<Division> divisions,
      String document,
      List<Language> languages,
      EditionFormat format,
      Supplier<byte[]> render) {
    String key = EditionKey.of(law, divisions, document, languages, format, cache.build());
    EntityTag tag = new EntityTag(key);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.build();
    }
    byte[] bytes = cache.get(key, () -> gate.render(render));
    return file(bytes, format, fileName(law, document, languages, format)).tag(tag).build();
  }

  /** A document that shows the working text, which may change at any moment. */
  Response working(
      Law law,
      String document,
      List<Language> languages,
      EditionFormat format,
      Supplier<byte[]> render) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return file(gate.render(render), format, fileName(law, document, languages, format))
        .cacheControl(noStore)
        .build();
  }

  private static Response.ResponseBuilder file(byte[] bytes, EditionFormat format, String name) {
    String disposition = format.download() ? "attachment" : "inline";
    Response.ResponseBuilder response =
        Response.ok(bytes, format.mediaType())
            .header("Content-Disposition", disposition + "; filename=\"" + name + "\"");
    if (format == EditionFormat.HTML) {
      // Replaces the application's policy, which would refuse the page its inline stylesheet.
      response.header("Content-Security-Policy", PrintFrame.CONTENT_SECURITY_POLICY);
    }
    return response;
  }

  /** {@code parity_v2_es-en.pdf}: law, version(s) and languages, as the issue asks. */
  private static String fileName(
      Law law, String document, List<Language> languages, EditionFormat format) {
    String langs = languages.stream().map(Language::name).collect(Collectors.joining("-"));
    return law.slug() + "_" + document + "_" + langs + "." + format.extension();
  }
}
