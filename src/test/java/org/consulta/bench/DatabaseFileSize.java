package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The size on disk of the engine's embedded H2 database: its {@code *.db} files. */
final class DatabaseFileSize {
  private DatabaseFileSize() {}

  static long of(Path dataDir) throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      long bytes = 0;
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
        bytes += Files.size(p);
      }
      return bytes;
    }
  }

  /**
   * Measures after a pause: H2 writes its store in the background about once a second, so a size
   * read right after the last commit can miss it.
   */
  static long settled(Path dataDir) throws IOException, InterruptedException {
    Thread.sleep(3000);
    return of(dataDir);
  }
}
