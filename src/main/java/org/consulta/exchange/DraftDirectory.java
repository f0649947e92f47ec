package org.consulta.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a drafts directory laid out as {@code <dir>/<slug>/<lang>.md}. Files directly in the
 * directory (its README), other files than {@code .md} and hidden entries are not drafts.
 */
public final class DraftDirectory {
  private static final String EXTENSION = ".md";
  // The front matter has its keys in a fixed order, one per line after the opening '---'.
  private static final int LAW_LINE = 2;
  private static final int LANG_LINE = 3;

  private final DraftParser parser = new DraftParser();

  /**
   * @return the laws sorted by slug, each with its languages in {@link DraftLanguage} order; a
   *     directory without any draft is left out
   * @throws DraftFormatException naming the file relative to {@code dir}, e.g. {@code parity/es.md}
   * @throws UncheckedIOException if the directory or a file cannot be read
   */
  public List<DraftLaw> read(Path dir) {
    List<DraftLaw> laws = new ArrayList<>();
    for (Path lawDir : lawDirectories(dir)) {
      DraftLaw law = readLaw(lawDir);
      if (!law.languages().isEmpty()) {
        laws.add(law);
      }
    }
    return List.copyOf(laws);
  }

  /** The directories of {@code dir} that may hold a law, so that each can be read on its own. */
  public List<Path> lawDirectories(Path dir) {
    return entries(dir, Files::isDirectory);
  }

  /** The language versions in one law directory; none if it holds no draft. */
  public DraftLaw readLaw(Path lawDir) {
    List<DraftDocument> languages = new ArrayList<>();
    for (Path file : entries(lawDir, path -> name(path).endsWith(EXTENSION))) {
      languages.add(readDraft(file));
    }
    languages.sort(
        Comparator.comparing(draft -> DraftLanguage.fromCode(draft.lang()).orElseThrow()));
    return new DraftLaw(name(lawDir), languages);
  }

  private DraftDocument readDraft(Path file) {
    String slug = name(file.getParent());
    String fileName = slug + "/" + name(file);
    DraftDocument draft = parser.parse(fileName, readUtf8(file));
    if (!draft.law().equals(slug)) {
      throw new DraftFormatException(
          fileName,
          LAW_LINE,
          "law '" + draft.law() + "' does not match the directory name '" + slug + "'");
    }
    if (!name(file).equals(draft.lang() + EXTENSION)) {
      throw new DraftFormatException(
          fileName,
          LANG_LINE,
          "lang '" + draft.lang() + "' does not match the file name '" + name(file) + "'");
    }
    return draft;
  }

  /** The non-hidden entries of {@code dir} that are {@code wanted}, sorted by name. */
  private static List<Path> entries(Path dir, Predicate<Path> wanted) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(path -> !name(path).startsWith("."))
          .filter(wanted)
          .sorted(Comparator.comparing(DraftDirectory::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readUtf8(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path path) {
    return path.getFileName().toString();
  }
}
