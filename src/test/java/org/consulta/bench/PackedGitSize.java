package org.consulta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yardstick: the same history as a packed git repository (one file, one commit per version,
 * then {@code git gc --aggressive}), which is how the source of this data stores it.
 */
final class PackedGitSize {
  private PackedGitSize() {}

  /** Bytes under {@code .git/objects/pack} once the first {@code max} versions are committed. */
  static long of(HistoryFile history, int max) throws IOException, InterruptedException {
    Path repo = Files.createTempDirectory("bench-git-" + history.code());
    try {
      git(repo, "init", "-q");
      Path file = repo.resolve(history.code() + ".md");
      IOException[] failed = new IOException[1];
      history.forEach(
          max,
          version -> {
            try {
              Files.writeString(file, version.text(), StandardCharsets.UTF_8);
              git(repo, "add", file.getFileName().toString());
              // --allow-empty: three versions repeat their predecessor's text exactly.
              git(repo, "commit", "-q", "--allow-empty", "-m", version.label());
            } catch (IOException e) {
              failed[0] = e;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              failed[0] = new IOException(e);
            }
          });
      if (failed[0] != null) {
        throw failed[0];
      }
      git(repo, "gc", "-q", "--aggressive", "--prune=now");
      try (Stream<Path> packs = Files.list(repo.resolve(".git/objects/pack"))) {
        long bytes = 0;
        for (Path p : packs.toList()) {
          bytes += Files.size(p);
        }
        return bytes;
      }
    } finally {
      delete(repo);
    }
  }

  private static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(
                Stream.of(
                    "git",
                    "-c",
                    "user.name=bench",
                    "-c",
                    "user.email=bench@localhost",
                    "-c",
                    "gc.auto=0",
                    "-c",
                    "commit.gpgsign=false"),
                Stream.of(args))
            .toList();
    Process git =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (git.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
