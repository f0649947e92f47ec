package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The size on disk of the engine's embedded PostgreSQL database: the relation files under {@code
 * postgres/base}. PostgreSQL extends a relation's file as soon as it adds a page, so the size is
 * current right after a commit (the write-ahead log, pre-allocated in 16 MB segments, is left out).
 */
final class DatabaseFileSize {
  private DatabaseFileSize() {}

  static long of(Path dataDir) throws IOException {
    try (Stream<Path> files = Files.walk(dataDir.resolve("postgres").resolve("base"))) {
      long bytes = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }
}
