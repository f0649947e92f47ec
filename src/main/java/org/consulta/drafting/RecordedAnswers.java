package org.consulta.drafting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.consulta.platform.SizedCache;
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

  /**
   * The bytes of one answer, its media type and its ETag (a digest of the bytes). The bytes are
   * held in chunks under half of the garbage collector's smallest region (1 MB): one array of a
   * whole code's answer would be a humongous object, which G1 allocates and collects at a high
   * cost.
   */
  public record Answer(List<byte[]> chunks, long length, MediaType type, String etag) {
    static final int CHUNK = 256 * 1024;

    Answer(Chunks written, MediaType type) {
      this(List.copyOf(written.chunks), written.length, type, digest(written.chunks));
    }

    /** The whole answer in one array. */
    public byte[] body() {
      var all = new ByteArrayOutputStream((int) length);
      chunks.forEach(all::writeBytes);
      return all.toByteArray();
    }

    Response response(Request request) {
      var tag = new EntityTag(etag);
      Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
      if (unchanged != null) {
        return unchanged.tag(tag).build();
      }
      StreamingOutput body =
          out -> {
            for (byte[] chunk : chunks) {
              out.write(chunk);
            }
          };
      return Response.ok(body, type).tag(tag).build();
    }
  }

  /** An output stream into chunks of {@link Answer#CHUNK} bytes, the last one trimmed. */
  static final class Chunks extends OutputStream {
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[Answer.CHUNK];
    private int used;
    private long length;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == current.length) {
          chunks.add(current);
          current = new byte[Answer.CHUNK];
          used = 0;
        }
        int n = Math.min(len, current.length - used);
        System.arraycopy(b, off, current, used, n);
        used += n;
        off += n;
        len -= n;
        length += n;
      }
    }

    @Override
    public void close() {
      if (current != null) {
        chunks.add(Arrays.copyOf(current, used));
        current = null;
      }
    }
  }

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "consulta.answers.cache-bytes", defaultValue = "134217728")
  private long capacity;

  private SizedCache<Key, Answer> kept;

  public RecordedAnswers() {}

  RecordedAnswers(long capacity) {
    this.capacity = capacity;
    start();
  }

  @PostConstruct
  void start() {
    kept = new SizedCache<>(capacity, (key, answer) -> answer.length());
  }

  /** The answer for {@code key}, made by {@code make} when none is kept. */
  public Response answer(Key key, Request request, Supplier<Answer> make) {
    return kept(key, make).response(request);
  }

  /** As {@link #answer}, without the request's preconditions. */
  Answer kept(Key key, Supplier<Answer> make) {
    return kept.get(key, make);
  }

  /** {@code entity} as JSON, as the JSON-B provider writes it (UTF-8, its default). */
  public static Answer json(Object entity) {
    var chunks = new Chunks();
    JSONB.toJson(entity, chunks);
    chunks.close();
    return new Answer(chunks, MediaType.APPLICATION_JSON_TYPE);
  }

  public static Answer html(String page) {
    var chunks = new Chunks();
    try (var writer = new OutputStreamWriter(chunks, StandardCharsets.UTF_8)) {
      writer.write(page);
    } catch (IOException e) {
      throw new UncheckedIOException("chunks in memory do not fail", e);
    }
    return new Answer(chunks, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private static String digest(List<byte[]> chunks) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      chunks.forEach(sha::update);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(sha.digest(), 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
