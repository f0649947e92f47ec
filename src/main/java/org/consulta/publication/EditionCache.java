package org.consulta.publication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rendered editions of recorded versions, one file each, kept under the data directory: a
 * recorded version never changes, so it is rendered once.
 */
@ApplicationScoped
public class EditionCache {
  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "consulta.editions.dir")
  Optional<String> editionsDir;

  private Path dir;
  private String build;

  @PostConstruct
  void open() {
    dir = Path.of(editionsDir.orElse(dataDir + "/editions"));
    build = readBuild();
  }

  /** Identifies the engine build, which a cached file must come from to be served. */
  String build() {
    return build;
  }

  /** The file named {@code key}, rendered by {@code render} and kept when it was not there. */
  byte[] get(String key, Supplier<byte[]> render) {
    Path file = dir.resolve(key);
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
      byte[] bytes = render.get();
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, key, ".part");
      Files.write(partial, bytes);
      // The move makes a file appear whole or not at all, even if the engine dies mid-write.
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the edition " + file, e);
    }
  }

  private static String readBuild() {
    try (InputStream in = EditionCache.class.getResourceAsStream("/publication/build.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("build");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
