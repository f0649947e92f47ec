package org.consulta.legislation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.consulta.drafting.Language;

/**
 * The multilingual thesaurus: concepts and the terms that name them in each language, read from a
 * CSV file ({@code config/README.md} describes it). Lines starting with {@code #} are comments; the
 * first other line is the header {@code concept,es,en,pt,fr} (languages in any order, any subset);
 * each cell holds terms separated by {@code |}.
 */
record Thesaurus(List<Concept> concepts) {
  static final Thesaurus EMPTY = new Thesaurus(List.of());
  static final String SHIPPED = "/defaults/thesaurus.csv";
  private static final Logger LOG = Logger.getLogger(Thesaurus.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_TERM = 200;

  Thesaurus {
    concepts = List.copyOf(concepts);
  }

  /** The thesaurus of the file; a malformed one throws, naming its line. */
  static Thesaurus load(Path file) {
    Thesaurus thesaurus = read(file);
    LOG.info("Thesaurus " + file + ": " + thesaurus.concepts().size() + " concepts");
    return thesaurus;
  }

  /** The thesaurus the application carries, copied from {@code config/} at build time. */
  static Thesaurus shipped() {
    try (InputStream in = Thesaurus.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the application carries no thesaurus at " + SHIPPED);
      }
      Thesaurus thesaurus =
          read(SHIPPED, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      LOG.info("Thesaurus (shipped): " + thesaurus.concepts().size() + " concepts");
      return thesaurus;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped thesaurus", e);
    }
  }

  static Thesaurus read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the thesaurus " + file, e);
    }
  }

  static Thesaurus read(String name, BufferedReader in) throws IOException {
    List<Language> columns = null;
    List<Concept> concepts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (columns == null) {
        columns = header(name, number, cells);
        continue;
      }
      Concept concept = concept(name, number, cells, columns);
      if (!names.add(concept.name())) {
        throw new ThesaurusFormatException(name, number, "concept '" + concept.name() + "' twice");
      }
      concepts.add(concept);
    }
    return new Thesaurus(concepts);
  }

  private static List<Language> header(String name, int number, String[] cells) {
    if (!cells[0].trim().equals("concept")) {
      throw new ThesaurusFormatException(
          name, number, "the header must read concept,es,en,pt,fr (languages in any order)");
    }
    List<Language> columns = new ArrayList<>();
    for (int i = 1; i < cells.length; i++) {
      Language language = language(name, number, cells[i].trim());
      if (columns.contains(language)) {
        throw new ThesaurusFormatException(name, number, "language '" + language + "' twice");
      }
      columns.add(language);
    }
    return columns;
  }

  private static Language language(String name, int number, String code) {
    for (Language language : Language.values()) {
      if (language.name().equals(code)) {
        return language;
      }
    }
    throw new ThesaurusFormatException(
        name, number, "unknown language '" + code + "' in the header (es, en, pt, fr)");
  }

  private static Concept concept(String name, int number, String[] cells, List<Language> columns) {
    if (cells.length != columns.size() + 1) {
      throw new ThesaurusFormatException(
          name,
          number,
          "expected " + (columns.size() + 1) + " cells separated by commas, found " + cells.length);
    }
    String concept = cells[0].trim();
    if (!NAME.matcher(concept).matches()) {
      throw new ThesaurusFormatException(
          name, number, "a concept is named in lower case with hyphens, such as equal-pay");
    }
    Map<Language, List<String>> terms = new EnumMap<>(Language.class);
    for (int i = 0; i < columns.size(); i++) {
      List<String> words = new ArrayList<>();
      for (String term : cells[i + 1].split("\\|")) {
        String trimmed = term.trim().replaceAll("\\s+", " ");
        if (trimmed.length() > MAX_TERM) {
          throw new ThesaurusFormatException(name, number, "a term is over " + MAX_TERM + " chars");
        }
        if (!trimmed.isEmpty()) {
          words.add(trimmed);
        }
      }
      terms.put(columns.get(i), words);
    }
    if (terms.values().stream().allMatch(List::isEmpty)) {
      throw new ThesaurusFormatException(name, number, "concept '" + concept + "' has no term");
    }
    return new Concept(concept, terms);
  }
}
