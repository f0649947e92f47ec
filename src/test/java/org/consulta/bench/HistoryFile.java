package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * One code's history: a {@code .jsonl.xz} file holding one JSON object per version, oldest first.
 */
final class HistoryFile {
  static final String SUFFIX = ".jsonl.xz";

  /** One version of the code: its source commit, entry-into-force date and whole text. */
  record Version(int number, String commit, String date, String text) {
    String label() {
      return date + " " + commit.substring(0, Math.min(12, commit.length()));
    }
  }

  private final Path path;

  HistoryFile(Path path) {
    this.path = path;
  }

  /** The history files in {@code dir}, restricted to {@code codes} when that is not empty. */
  static List<HistoryFile> in(Path dir, List<String> codes) throws IOException {
    if (!codes.isEmpty()) {
      List<HistoryFile> chosen = new ArrayList<>();
      for (String code : codes) {
        Path file = dir.resolve(code + SUFFIX);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("no history " + file);
        }
        chosen.add(new HistoryFile(file));
      }
      return chosen;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .sorted()
          .map(HistoryFile::new)
          .toList();
    }
  }

  String code() {
    String name = path.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  long compressedBytes() throws IOException {
    return Files.size(path);
  }

  /** How many versions the file holds, counted without parsing them. */
  int versionCount() throws IOException {
    try (InputStream in = new XZInputStream(Files.newInputStream(path));
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return (int) lines.lines().filter(line -> !line.isBlank()).count();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Hands the first {@code max} versions to {@code each} one at a time: the largest code is close
   * to 90 MB of text once decompressed, so the versions are streamed, not collected.
   */
  void forEach(int max, Consumer<Version> each) throws IOException {
    try (InputStream in = new XZInputStream(Files.newInputStream(path));
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      while (number < max && (line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          o = reader.readObject();
        }
        number++;
        each.accept(
            new Version(number, o.getString("commit"), o.getString("date"), o.getString("text")));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
