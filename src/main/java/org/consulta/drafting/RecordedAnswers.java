package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished answers about recorded versions (a version's text, a diff between two), kept as the
 * bytes sent: a recorded version never changes, so neither does what is read of it, and a second
 * read costs a lookup instead of loading, laying out, diffing and serialising a whole code. What an
 * answer also shows of the law as it stands (its languages, a title or preamble the version did not
 * record) is part of its key. Who may read is decided before the lookup, by {@link LawReadAccess},
 * on every request. Each answer carries an ETag; a client that sends it back in {@code
 * If-None-Match} gets 304. The least recently read answers go first once those kept pass {@code
 * consulta.answers.cache-bytes} (128 MB by default: every version of the Código del Trabajo, the
 * largest code replayed, about 92 MB, and some diffs; 0 keeps none).
 */
@ApplicationScoped
public class RecordedAnswers {
  /**
   * What one answer is about: {@code kind} names the read, {@code from} and {@code to} its versions
   * (equal for a version's text), {@code shown} whatever else of the law it shows.
   */
  public record Key(
      String kind, long law, int from, int to, Language lang, boolean html, List<?> shown) {}

  /** The bytes of one answer, its media type and its ETag (a digest of the bytes). */
  public record Answer(byte[] body, MediaType type, String etag) {
    Answer(byte[] body, MediaType type) {
      this(body, type, digest(body));
    }

    Response response(Request request) {
      var tag = new EntityTag(etag);
      Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
      if (unchanged != null) {
        return unchanged.tag(tag).build();
      }
      return Response.ok(body, type).tag(tag).build();
    }
  }

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "consulta.answers.cache-bytes", defaultValue = "134217728")
  private long capacity;

  private final Map<Key, Answer> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  public RecordedAnswers() {}

  RecordedAnswers(long capacity) {
    this.capacity = capacity;
  }

  /** The answer for {@code key}, made by {@code make} when none is kept. */
  public Response answer(Key key, Request request, Supplier<Answer> make) {
    return kept(key, make).response(request);
  }

  /** As {@link #answer}, without the request's preconditions. */
  Answer kept(Key key, Supplier<Answer> make) {
    synchronized (this) {
      Answer known = kept.get(key);
      if (known != null) {
        return known;
      }
    }
    // Made outside the lock: two requests may make the same answer at once, both equal.
    Answer made = make.get();
    keep(key, made);
    return made;
  }

  /** {@code entity} as JSON, as the JSON-B provider writes it. */
  public static Answer json(Object entity) {
    // Written as bytes straight away (UTF-8, JSON-B's default): a whole code's answer is a MB.
    var bytes = new ByteArrayOutputStream(1 << 16);
    JSONB.toJson(entity, bytes);
    return new Answer(bytes.toByteArray(), MediaType.APPLICATION_JSON_TYPE);
  }

  public static Answer html(String page) {
    return new Answer(
        page.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private synchronized void keep(Key key, Answer answer) {
    long size = answer.body().length;
    if (capacity <= 0 || size > capacity || kept.containsKey(key)) {
      return;
    }
    kept.put(key, answer);
    bytes += size;
    var oldest = kept.entrySet().iterator();
    while (bytes > capacity) {
      bytes -= oldest.next().getValue().body().length;
      oldest.remove();
    }
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
