package org.consulta.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The drafts the application carries, copied from the top-level {@code drafts/} at build time, so
 * that an engine started from any directory has its model laws. They are read where the class
 * loader keeps them: a folder of the unpacked application, or inside a jar.
 */
final class ShippedDrafts {
  static final String RESOURCE = "/defaults/drafts";

  private ShippedDrafts() {}

  static void read(Consumer<Path> reader) {
    URL url = ShippedDrafts.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the application carries no drafts at " + RESOURCE);
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        reader.accept(Path.of(uri));
        return;
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        reader.accept(jar.provider().getPath(uri));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the shipped drafts have no usable address: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped drafts at " + url, e);
    }
  }
}
