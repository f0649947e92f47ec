package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judged set in the repository keeps the shape its README promises. */
class RelevanceSetTest {
  private static final Path SET = Path.of("src/test/resources/relevance");

  @Test
  void tenQuestionsPerLanguageFiveInEachHalf() throws IOException {
    RelevanceSet set = RelevanceSet.load(SET);
    for (String lang : List.of("es", "en", "pt", "fr")) {
      List<RelevanceQuestion> questions =
          set.questions().stream().filter(q -> q.lang().equals(lang)).toList();
      assertEquals(10, questions.size(), lang);
      assertEquals(5, questions.stream().filter(q -> q.half().equals("tune")).count(), lang);
    }
    long cross = set.questions().stream().filter(q -> q.kind().equals("cross")).count();
    assertTrue(cross >= 16 && cross <= 26, "about half cross: " + cross);
    for (String kind : List.of("mono", "cross")) {
      long tune =
          set.questions().stream()
              .filter(q -> q.kind().equals(kind) && q.half().equals("tune"))
              .count();
      long test =
          set.questions().stream()
              .filter(q -> q.kind().equals(kind) && q.half().equals("test"))
              .count();
      assertTrue(Math.abs(tune - test) <= 1, kind + ": " + tune + " tune, " + test + " test");
    }
  }

  @Test
  void everyQuestionHasRelevantProvisionsNamedByCorpusIds() throws IOException {
    RelevanceSet set = RelevanceSet.load(SET);
    for (RelevanceQuestion q : set.questions()) {
      Map<String, Integer> grades = set.gradesOf(q);
      assertTrue(grades.values().stream().anyMatch(g -> g > 0), q.id());
      for (String id : grades.keySet()) {
        assertTrue(id.matches("(ca|cl|br|pe|ni)/(es|en|pt|fr)/[^/]+/[^/]+"), id);
      }
    }
  }

  @Test
  void theKindFollowsWhereTheJudgedGainIs() throws IOException {
    RelevanceSet set = RelevanceSet.load(SET);
    for (RelevanceQuestion q : set.questions()) {
      int own = 0;
      int all = 0;
      for (var e : set.gradesOf(q).entrySet()) {
        all += e.getValue();
        String lang = e.getKey().split("/")[1];
        boolean canadianForEnglishOrFrench =
            e.getKey().startsWith("ca/") && q.lang().matches("en|fr");
        if (lang.equals(q.lang()) || canadianForEnglishOrFrench) {
          own += e.getValue();
        }
      }
      assertEquals(2 * own >= all ? "mono" : "cross", q.kind(), q.id());
    }
  }

  @Test
  void aGradeOutsideZeroToTwoIsRefused(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("questions.tsv"), "q1\tes\tmono\ttune\tparidad\tparity\n");
    Files.writeString(folder.resolve("judgements.tsv"), "q1\tcl/es/x/art-1\t3\n");
    var refused = assertThrows(IllegalArgumentException.class, () -> RelevanceSet.load(folder));
    assertTrue(refused.getMessage().contains("grade 3"), refused.getMessage());
  }
}
