package org.consulta.platform;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every JSON and XML request body once, bounded, before anything binds it: a declared length
 * over the limit is refused unread, a chunked body is counted as it arrives, and a JSON body must
 * pass {@link StrictJson}; a body that arrives too slowly is refused too, so that it frees its
 * worker thread. XML bodies (Akoma Ntoso documents) have a limit of their own, since a law's whole
 * text is larger than any JSON request. A resource that takes a JSON or other raw stream (a
 * legislation import, spooled to disk) reads and bounds it itself.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {
  private static final int CHUNK = 8192;

  @Inject
  @ConfigProperty(name = "consulta.http.max-body-bytes", defaultValue = "1048576")
  private long maxBytes;

  @Inject
  @ConfigProperty(name = "consulta.http.max-xml-body-bytes", defaultValue = "4194304")
  private long maxXmlBytes;

  @Inject
  @ConfigProperty(name = "consulta.http.body-seconds", defaultValue = "20")
  private long maxSeconds;

  @Inject
  @ConfigProperty(name = "consulta.http.max-bodies-reading", defaultValue = "64")
  private int maxReading;

  /** The bodies being read now, across all clients. */
  private final AtomicInteger reading = new AtomicInteger();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    boolean json = json(context);
    if (!json && !xml(context)) {
      return context.proceed();
    }
    long limit = json ? maxBytes : maxXmlBytes;
    String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && declaredLength(declared) > limit) {
      throw tooLarge(limit);
    }
    byte[] body = boundedInTurn(context.getInputStream(), limit);
    if (json) {
      StrictJson.check(body, !arrayExpected(context.getType()));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** A JSON body bound to a value; a raw JSON stream is the resource's to bound. */
  private static boolean json(ReaderInterceptorContext context) {
    MediaType type = context.getMediaType();
    boolean json =
        type != null
            && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    Class<?> target = context.getType();
    boolean raw =
        InputStream.class.isAssignableFrom(target)
            || Reader.class.isAssignableFrom(target)
            || target == byte[].class;
    return json && !raw;
  }

  /**
   * An XML body ({@code application/xml}, {@code text/xml}, {@code application/akn+xml}) read
   * whole, not streamed by the resource.
   */
  private static boolean xml(ReaderInterceptorContext context) {
    MediaType type = context.getMediaType();
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    Class<?> target = context.getType();
    boolean streamed =
        InputStream.class.isAssignableFrom(target) || Reader.class.isAssignableFrom(target);
    return (subtype.equals("xml") || subtype.endsWith("+xml")) && !streamed;
  }

  private static boolean arrayExpected(Class<?> target) {
    return JsonArray.class.isAssignableFrom(target)
        || Collection.class.isAssignableFrom(target)
        || target.isArray();
  }

  private static long declaredLength(String declared) {
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, HttpHeaders.CONTENT_LENGTH, "Content-Length is not a number");
    }
  }

  /**
   * Reads the body unless too many are arriving already: clients trickling bodies from many
   * addresses, each under {@link RequestsPerClient}'s cap, would otherwise hold every worker.
   */
  private byte[] boundedInTurn(InputStream in, long limit) {
    try {
      if (reading.incrementAndGet() > maxReading) {
        throw new DomainException(
            DomainException.Reason.UNAVAILABLE,
            "body",
            "too many request bodies are arriving at once; retry shortly");
      }
      return bounded(in, limit);
    } finally {
      reading.decrementAndGet();
    }
  }

  /**
   * The body, refused once it passes the size limit or the time limit. A client trickling bytes
   * never trips the container's read timeout, so the time is checked between reads; a read that
   * fails (the client stalled past the read timeout, or went away) is answered the same way.
   */
  private byte[] bounded(InputStream in, long limit) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    var body = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        if (body.size() + n > limit) {
          throw tooLarge(limit);
        }
        if (System.nanoTime() - deadline > 0) {
          throw tooSlow();
        }
        body.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw tooSlow();
    }
    return body.toByteArray();
  }

  private DomainException tooSlow() {
    return new DomainException(
        DomainException.Reason.TOO_SLOW,
        "body",
        "the request body did not arrive in time (" + maxSeconds + " seconds at most)");
  }

  private static DomainException tooLarge(long limit) {
    return new DomainException(
        DomainException.Reason.TOO_LARGE,
        "body",
        "the request body is larger than " + limit + " bytes");
  }
}
