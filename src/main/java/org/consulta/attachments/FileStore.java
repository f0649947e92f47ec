package org.consulta.attachments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files kept by their SHA-256 under {@code <data>/attachments/ab/cdef…}: one copy of each content,
 * however many records name it. An upload is spooled to {@code incoming/}, flushed, and moved into
 * place atomically (same file system) before the record that names it commits, so a record never
 * points at a missing or half-written file. A file whose record did not commit stays behind: it
 * costs disk space and nothing else, since only records make files reachable.
 */
@ApplicationScoped
public class FileStore {
  private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
  private static final int CHUNK = 64 * 1024;
  private static final int STRIPES = 64;
  private static final String PART = ".part";

  /**
   * An upload still being received is never older than the longest a request may take (the HTTP
   * listener's 300 s): an older spooled part is a leftover, whichever engine wrote it.
   */
  static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  String dataDir;

  /** Several engines share one folder (a network file system), as they share the database. */
  @Inject
  @ConfigProperty(name = "consulta.attachments.dir")
  Optional<String> sharedDir = Optional.empty();

  /**
   * Keeping a file and forgetting it are serialised per content, so that a file is never deleted
   * between another upload finding it in place and that upload's record committing.
   */
  private final Object[] stripes = new Object[STRIPES];

  private Path root;
  private Path incoming;

  public FileStore() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  /**
   * Creates the folders and deletes what uploads cut short by an earlier engine left; in a folder
   * shared with engines still at work, only parts too old to be an upload in progress.
   */
  @PostConstruct
  void open() {
    root = sharedDir.map(Path::of).orElse(Path.of(dataDir, "attachments"));
    incoming = root.resolve("incoming");
    try {
      Files.createDirectories(incoming);
      try (var left = Files.newDirectoryStream(incoming, "*" + PART)) {
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        for (Path part : left) {
          if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
            Files.deleteIfExists(part);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the attachments folder " + root, e);
    }
  }

  /**
   * Writes {@code body} to a temporary file as it arrives, hashing it on the way, and refuses it
   * (naming {@code field}) once it passes {@code limit} bytes; only one chunk is ever in memory.
   */
  public Spooled spool(InputStream body, long limit, String field) {
    Path part;
    try {
      part = Files.createTempFile(incoming, "upload-", PART);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a file in " + incoming, e);
    }
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
      MessageDigest sha = sha256();
      byte[] chunk = new byte[CHUNK];
      long size = 0;
      for (int n = read(body, chunk, field); n >= 0; n = read(body, chunk, field)) {
        size += n;
        if (size > limit) {
          throw tooLarge(field, limit);
        }
        sha.update(chunk, 0, n);
        ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      out.force(true);
      return new Spooled(part, HexFormat.of().formatHex(sha.digest()), size);
    } catch (IOException | RuntimeException e) {
      delete(part);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException("cannot write the upload to " + part, (IOException) e);
    }
  }

  /**
   * Moves a spooled file into the store under its hash, durably: the file was flushed when spooled,
   * and the folder that now names it is flushed here. Content already stored is kept as it is, and
   * the spooled copy is dropped.
   */
  public void keep(Spooled spooled) {
    Path target = file(spooled.sha256());
    try {
      Path shard = target.getParent();
      if (!Files.isDirectory(shard)) {
        Files.createDirectories(shard);
        force(root);
      }
      if (Files.exists(target)) {
        spooled.close();
        return;
      }
      Files.move(spooled.file(), target, StandardCopyOption.ATOMIC_MOVE);
      force(shard);
    } catch (FileAlreadyExistsException e) {
      spooled.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the upload as " + target, e);
    }
  }

  /** Runs {@code work} while no other keeping or forgetting of the same content runs. */
  public <T> T exclusively(String sha256, Supplier<T> work) {
    synchronized (stripes[Math.floorMod(sha256.hashCode(), STRIPES)]) {
      return work.get();
    }
  }

  /** Deletes a stored file; call it under {@link #exclusively}, once no record names it. */
  public void forget(String sha256) {
    delete(file(sha256));
  }

  /** Where the content with this hash is stored. */
  public Path file(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
  }

  /** A read that fails is the client's: it stalled past the read timeout, or went away. */
  private static int read(InputStream body, byte[] chunk, String field) {
    try {
      return body.read(chunk);
    } catch (IOException e) {
      throw new DomainException(
          DomainException.Reason.TOO_SLOW, field, "the file did not arrive whole in time");
    }
  }

  private static void force(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A file over the size limit, named by {@code field}. */
  public static DomainException tooLarge(String field, long limit) {
    return new DomainException(
        DomainException.Reason.TOO_LARGE,
        field,
        "the file is larger than " + limit + " bytes",
        Map.of("maxBytes", limit));
  }
}
