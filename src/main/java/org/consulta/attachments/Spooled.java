package org.consulta.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written whole to a temporary file and flushed to disk, with its SHA-256 and size.
 * Closing it deletes the temporary file unless {@link FileStore#keep} has moved it into the store.
 */
public record Spooled(Path file, String sha256, long size) implements AutoCloseable {
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spooled upload " + file, e);
    }
  }
}
