package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rankings of every system for every question, scored against the judged set: nDCG@k, recall@k
 * and MRR averaged over groups of questions (all, each language, mono and cross, tune and test, and
 * the test half by language and by kind), printed as a table and written as JSON with each
 * question's scores and rankings.
 */
final class RelevanceReport {
  /** One question's scores for one system. */
  record Scores(double ndcg, double recall, double reciprocalRank, int judged, int returned) {}

  /** A named group of questions. */
  record Group(String name, Predicate<RelevanceQuestion> members) {}

  private final RelevanceSet set;
  private final int cutOff;
  private final Map<String, Map<RelevanceQuestion, List<String>>> rankings = new LinkedHashMap<>();

  RelevanceReport(RelevanceSet set, int cutOff) {
    this.set = set;
    this.cutOff = cutOff;
  }

  void add(String system, RelevanceQuestion question, List<String> ranking) {
    rankings.computeIfAbsent(system, s -> new LinkedHashMap<>()).put(question, ranking);
  }

  Scores scores(String system, RelevanceQuestion q) {
    List<String> ranking = rankings.get(system).getOrDefault(q, List.of());
    Map<String, Integer> grades = set.gradesOf(q);
    return new Scores(
        RankingMetrics.ndcg(ranking, grades, cutOff),
        RankingMetrics.recall(ranking, grades, cutOff),
        RankingMetrics.reciprocalRank(ranking, grades, cutOff),
        RankingMetrics.judged(ranking, grades, cutOff),
        Math.min(cutOff, ranking.size()));
  }

  /** The mean scores of a system over a group; null when the group is empty. */
  Scores mean(String system, Group group) {
    List<RelevanceQuestion> members = set.questions().stream().filter(group.members()).toList();
    if (members.isEmpty()) {
      return null;
    }
    double ndcg = 0;
    double recall = 0;
    double rr = 0;
    int judged = 0;
    int returned = 0;
    for (RelevanceQuestion q : members) {
      Scores s = scores(system, q);
      ndcg += s.ndcg();
      recall += s.recall();
      rr += s.reciprocalRank();
      judged += s.judged();
      returned += s.returned();
    }
    int n = members.size();
    return new Scores(ndcg / n, recall / n, rr / n, judged, returned);
  }

  /** The provisions of a system's first k results that the set does not judge for the question. */
  List<String> unjudged(String system, RelevanceQuestion q) {
    Map<String, Integer> grades = set.gradesOf(q);
    return rankings.get(system).getOrDefault(q, List.of()).stream()
        .limit(cutOff)
        .filter(id -> !grades.containsKey(id))
        .toList();
  }

  static List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("all", q -> true));
    for (String lang : List.of("es", "en", "pt", "fr")) {
      groups.add(new Group(lang, q -> q.lang().equals(lang)));
    }
    groups.add(new Group("mono", q -> q.kind().equals("mono")));
    groups.add(new Group("cross", q -> q.kind().equals("cross")));
    groups.add(new Group("tune", q -> q.half().equals("tune")));
    groups.add(new Group("test", q -> q.half().equals("test")));
    for (String lang : List.of("es", "en", "pt", "fr")) {
      groups.add(new Group("test " + lang, q -> q.half().equals("test") && q.lang().equals(lang)));
    }
    groups.add(new Group("test mono", q -> q.half().equals("test") && q.kind().equals("mono")));
    groups.add(new Group("test cross", q -> q.half().equals("test") && q.kind().equals("cross")));
    return groups;
  }

  void print(PrintStream out) {
    out.printf("%-11s %3s", "questions", "n");
    for (String system : rankings.keySet()) {
      out.printf(" | %-26s", system);
    }
    out.println();
    out.printf("%-11s %3s", "", "");
    for (int i = 0; i < rankings.size(); i++) {
      out.printf(" | %-8s %-8s %-8s", "nDCG@" + cutOff, "R@" + cutOff, "MRR");
    }
    out.println();
    for (Group group : groups()) {
      long n = set.questions().stream().filter(group.members()).count();
      if (n == 0) {
        continue;
      }
      out.printf("%-11s %3d", group.name(), n);
      for (String system : rankings.keySet()) {
        Scores s = mean(system, group);
        out.printf(" | %-8.3f %-8.3f %-8.3f", s.ndcg(), s.recall(), s.reciprocalRank());
      }
      out.println();
    }
    for (String system : rankings.keySet()) {
      Scores all = mean(system, groups().get(0));
      out.printf(
          "%s: %d results in the top %d of %d questions, %d of them judged%n",
          system, all.returned(), cutOff, set.questions().size(), all.judged());
      for (RelevanceQuestion q : set.questions()) {
        List<String> unjudged = unjudged(system, q);
        if (!unjudged.isEmpty()) {
          out.printf("  %s, unjudged in its top %d: %s%n", q.id(), cutOff, unjudged);
        }
      }
    }
  }

  void write(Path file, String engine, Path corpus) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var summary = Json.createObjectBuilder();
    for (Group group : groups()) {
      var bySystem = Json.createObjectBuilder();
      for (String system : rankings.keySet()) {
        Scores s = mean(system, group);
        if (s != null) {
          bySystem.add(system, json(s));
        }
      }
      summary.add(group.name(), bySystem);
    }
    var questions = Json.createArrayBuilder();
    for (RelevanceQuestion q : set.questions()) {
      var systems = Json.createObjectBuilder();
      for (String system : rankings.keySet()) {
        systems.add(
            system,
            json(scores(system, q))
                .add("ranking", Json.createArrayBuilder(rankings.get(system).get(q)))
                .add("unjudgedInTop", Json.createArrayBuilder(unjudged(system, q))));
      }
      questions.add(
          Json.createObjectBuilder()
              .add("id", q.id())
              .add("lang", q.lang())
              .add("kind", q.kind())
              .add("half", q.half())
              .add("query", q.query())
              .add("judged", set.gradesOf(q).size())
              .add("relevant", set.gradesOf(q).values().stream().filter(g -> g > 0).count())
              .add("systems", systems));
    }
    var report =
        Json.createObjectBuilder()
            .add("measuredAt", Instant.now().toString())
            .add("engine", engine == null ? "" : engine)
            .add("corpus", corpus.toString())
            .add("cutOff", cutOff)
            .add("summary", summary)
            .add("questions", questions)
            .build();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
          .createWriter(out)
          .write(report);
    }
  }

  private static JsonObjectBuilder json(Scores s) {
    return Json.createObjectBuilder()
        .add("ndcg", s.ndcg())
        .add("recall", s.recall())
        .add("mrr", s.reciprocalRank())
        .add("judgedInTop", s.judged())
        .add("returnedInTop", s.returned());
  }
}
