package org.consulta.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Payara Micro's runtime directory (its unpacked modules and configuration, about 180 MB) for one
 * start, under {@code runtime/} of the data directory rather than the system temporary folder,
 * which a cleaner may empty under a running engine. Each start gets a fresh one: a kept one would
 * deploy the application twice. A start holds a lock on its own; those no live engine holds, left
 * by a stopped or killed one, are deleted (a stopping engine leaves its own to the next start:
 * Payara Micro still reads it while it shuts down).
 */
final class RuntimeDirectory {
  private static final String LOCK = ".lock";

  private RuntimeDirectory() {}

  /** A new directory, locked until this JVM ends; earlier ones no engine holds are deleted. */
  static Path fresh(Path data) throws IOException {
    Path parent = Files.createDirectories(data.resolve("runtime"));
    deleteUnheld(parent);
    Path dir = Files.createTempDirectory(parent, "start-");
    FileChannel channel =
        FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    // Held, never released: the lock ends with the JVM, however it ends.
    channel.lock();
    return dir;
  }

  private static void deleteUnheld(Path parent) throws IOException {
    List<Path> dirs;
    try (Stream<Path> entries = Files.list(parent)) {
      dirs = entries.filter(Files::isDirectory).toList();
    }
    for (Path dir : dirs) {
      if (unheld(dir)) {
        delete(dir);
      }
    }
  }

  private static boolean unheld(Path dir) throws IOException {
    Path lock = dir.resolve(LOCK);
    if (!Files.exists(lock)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock held = channel.tryLock()) {
      return held != null;
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> tree = Files.walk(dir)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the runtime directory " + dir, e);
    }
  }
}
