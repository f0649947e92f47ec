package org.consulta.organisations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.Language;
import org.consulta.organisations.OrganisationDetails.Problem;

/**
 * Reads a CSV file of organisations: a header row naming the columns (any order), then one
 * organisation per line. Every line is checked before anything is created, so that the caller gets
 * all the errors of the file at once.
 */
public final class OrganisationCsv {
  /** The column of an organisation's name in one language: {@code name_es}, {@code name_en}. */
  static final String NAME_PREFIX = "name_";

  private static final Set<String> COLUMNS = columns();
  private static final char BOM = '\uFEFF';

  private OrganisationCsv() {}

  /** An organisation of the file, with the line it is on. */
  public record Line(int number, OrganisationDetails details) {}

  /** The file's organisations, or its problems (then no organisation). */
  public record Parsed(List<Line> lines, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static Parsed parse(String text) {
    String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    List<CsvRecords.CsvRecord> records = CsvRecords.of(body);
    List<Problem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(new Problem(1, "file", "the file is empty; it needs a header row"));
      return new Parsed(List.of(), problems);
    }
    List<String> header = header(records.get(0), problems);
    if (!problems.isEmpty()) {
      return new Parsed(List.of(), problems);
    }
    List<Line> lines = new ArrayList<>();
    Map<String, List<Line>> byName = new HashMap<>();
    for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
      OrganisationDetails details = row(header, record, problems);
      if (details != null) {
        Line line = new Line(record.line(), details);
        if (!repeated(byName, line, problems)) {
          lines.add(line);
        }
      }
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(2, "file", "the file has a header row but no organisations"));
    }
    return problems.isEmpty()
        ? new Parsed(List.copyOf(lines), List.of())
        : new Parsed(List.of(), List.copyOf(problems));
  }

  private static List<String> header(CsvRecords.CsvRecord record, List<Problem> problems) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : record.fields()) {
      String name = raw.strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        problems.add(
            new Problem(
                record.line(), name, "unknown column '" + raw + "' (columns: " + COLUMNS + ")"));
      } else if (!seen.add(name)) {
        problems.add(new Problem(record.line(), name, "column '" + name + "' is given twice"));
      }
      names.add(name);
    }
    for (String required : List.of("name", "sector")) {
      if (!seen.contains(required)) {
        problems.add(
            new Problem(
                record.line(), required, "the header row has no column '" + required + "'"));
      }
    }
    return names;
  }

  private static OrganisationDetails row(
      List<String> header, CsvRecords.CsvRecord record, List<Problem> problems) {
    if (record.unclosed()) {
      problems.add(
          new Problem(record.line(), "file", "a quoted field opens here and never closes"));
      return null;
    }
    if (record.fields().size() > header.size()) {
      problems.add(
          new Problem(
              record.line(),
              "file",
              "the line has "
                  + record.fields().size()
                  + " fields; the header names "
                  + header.size()));
      return null;
    }
    Map<String, String> raw = new HashMap<>();
    for (int i = 0; i < record.fields().size(); i++) {
      raw.put(header.get(i), record.fields().get(i));
    }
    return OrganisationDetails.read(raw, NAME_PREFIX, record.line(), problems);
  }

  /**
   * A line naming an organisation an earlier line of the file already named is an error. {@code
   * earlier} holds the lines read so far by normalised name.
   */
  private static boolean repeated(
      Map<String, List<Line>> earlier, Line line, List<Problem> problems) {
    OrganisationDetails details = line.details();
    String normalised = OrganisationNames.normalise(details.name());
    List<Line> sameName = earlier.computeIfAbsent(normalised, n -> new ArrayList<>());
    for (Line other : sameName) {
      if (OrganisationMatch.same(
          normalised, details.country(), normalised, other.details().country())) {
        problems.add(
            new Problem(
                line.number(), "name", "'" + details.name() + "' repeats line " + other.number()));
        return true;
      }
    }
    sameName.add(line);
    return false;
  }

  private static Set<String> columns() {
    Set<String> columns =
        new LinkedHashSet<>(List.of("name", "acronym", "country", "sector", "website"));
    for (Language lang : Language.values()) {
      columns.add(NAME_PREFIX + lang.name());
    }
    return Collections.unmodifiableSet(columns);
  }
}
