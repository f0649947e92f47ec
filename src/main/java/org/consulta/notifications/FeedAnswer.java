package org.consulta.notifications;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.consulta.platform.DomainException;

/**
 * How the feed resources answer: in Spanish or English ({@code ?lang=es|en}, Spanish by default),
 * with an ETag that is a hash of the feed, so that a reader polling with {@code If-None-Match} gets
 * {@code 304} until something new is there.
 */
final class FeedAnswer {
  static final String ATOM = "application/atom+xml";

  private FeedAnswer() {}

  static String language(String lang) {
    if (lang == null || lang.isBlank()) {
      return "es";
    }
    if (!lang.equals("es") && !lang.equals("en")) {
      throw DomainException.invalid("lang", "feeds are written in 'es' or 'en'");
    }
    return lang;
  }

  static String self(UriInfo uri) {
    return uri.getRequestUri().toString();
  }

  static Response answer(AtomFeed feed, Request request) {
    byte[] xml = AtomWriter.write(feed);
    EntityTag tag = new EntityTag(hash(xml));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.build();
    }
    return Response.ok(xml, ATOM + ";charset=UTF-8").tag(tag).build();
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
