package org.consulta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judged set in {@code src/test/resources/relevance} (its README gives the format): the
 * questions, and for each the grade of every provision judged (2, 1 or 0).
 */
record RelevanceSet(List<RelevanceQuestion> questions, Map<String, Map<String, Integer>> grades) {
  private static final Set<String> LANGUAGES = Set.of("es", "en", "pt", "fr");

  /** The grades of one question's judged provisions by id; empty when none was judged. */
  Map<String, Integer> gradesOf(RelevanceQuestion question) {
    return grades.getOrDefault(question.id(), Map.of());
  }

  static RelevanceSet load(Path folder) throws IOException {
    List<RelevanceQuestion> questions = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (String[] row : rows(folder.resolve("questions.tsv"), 6)) {
      var q = new RelevanceQuestion(row[0], row[1], row[2], row[3], row[4], row[5]);
      require(LANGUAGES.contains(q.lang()), "unknown language " + q.lang() + " of " + q.id());
      require(Set.of("mono", "cross").contains(q.kind()), "kind of " + q.id() + ": mono or cross");
      require(Set.of("tune", "test").contains(q.half()), "half of " + q.id() + ": tune or test");
      require(ids.add(q.id()), "question " + q.id() + " twice");
      questions.add(q);
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    Path judgements = folder.resolve("judgements.tsv");
    if (Files.exists(judgements)) {
      for (String[] row : rows(judgements, 3)) {
        require(ids.contains(row[0]), "judgement of an unknown question " + row[0]);
        int grade = Integer.parseInt(row[2]);
        require(grade >= 0 && grade <= 2, "grade " + grade + " of " + row[0] + " " + row[1]);
        Integer before =
            grades.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], grade);
        require(before == null, row[0] + " judges " + row[1] + " twice");
      }
    }
    return new RelevanceSet(List.copyOf(questions), grades);
  }

  private static List<String[]> rows(Path file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      require(row.length == columns, file.getFileName() + ": " + columns + " columns in " + line);
      rows.add(row);
    }
    return rows;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
