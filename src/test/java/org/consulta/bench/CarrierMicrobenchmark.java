package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.consulta.revisions.AnchorCarrier;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.Passage;

/**
 * Carries passages across the final revision of every article in this process, without the engine:
 * the cost of the algorithm alone (the diff once per article, then each passage), to set against
 * the edit latencies, which add the database's.
 */
final class CarrierMicrobenchmark {
  private static final int WARM_UP_ROUNDS = 3;
  private static final int DIFF_RUNS = 5;

  /** One real revision pair and the passages of its older text that get carried. */
  private record Pair(String before, String after, List<Passage> passages) {}

  final Percentiles diff = new Percentiles();
  final Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
  int pairs;
  long carried;
  long carryNanos;

  static CarrierMicrobenchmark run(
      List<ArticleTimeline> articles, int passagesPerPair, Random random) {
    List<Pair> pairs = new ArrayList<>();
    for (ArticleTimeline article : articles) {
      var after = article.head();
      if (after.number() < 2) {
        continue;
      }
      String before = article.revision(after.number() - 1).text();
      List<WordRun> words = WordRun.words(before);
      List<Passage> passages = new ArrayList<>();
      for (int p = 0; p < passagesPerPair; p++) {
        WordRun.pick(words, random).ifPresent(run -> passages.add(run.passage()));
      }
      pairs.add(new Pair(before, after.text(), passages));
    }
    for (int r = 0; r < WARM_UP_ROUNDS; r++) {
      pairs.forEach(
          pair ->
              carryAll(
                  AnchorCarrier.between(pair.before(), pair.after()),
                  pair.passages(),
                  new EnumMap<>(AnchorState.class)));
    }
    var measured = new CarrierMicrobenchmark();
    measured.pairs = pairs.size();
    for (Pair pair : pairs) {
      for (int r = 0; r < DIFF_RUNS; r++) {
        long start = System.nanoTime();
        AnchorCarrier.between(pair.before(), pair.after());
        measured.diff.add(System.nanoTime() - start);
      }
      AnchorCarrier carrier = AnchorCarrier.between(pair.before(), pair.after());
      long start = System.nanoTime();
      carryAll(carrier, pair.passages(), measured.states);
      measured.carryNanos += System.nanoTime() - start;
      measured.carried += pair.passages().size();
    }
    return measured;
  }

  /** Carries every passage through one carrier, counting where they land. */
  private static void carryAll(
      AnchorCarrier carrier, List<Passage> passages, Map<AnchorState, Integer> states) {
    for (Passage passage : passages) {
      states.merge(carrier.carry(passage).state(), 1, Integer::sum);
    }
  }

  /** The mean time to carry one passage, the diff excluded. */
  double microsPerAnchor() {
    return carried == 0 ? Double.NaN : carryNanos / 1e3 / carried;
  }

  JsonObject json() {
    var landed = Json.createObjectBuilder();
    states.forEach((state, n) -> landed.add(state.name().toLowerCase(Locale.ROOT), n));
    return Json.createObjectBuilder()
        .add("revisionPairs", pairs)
        .add("passagesCarried", carried)
        .add("microsPerAnchor", Math.round(microsPerAnchor() * 100) / 100.0)
        .add("diffLatency", diff.json())
        .add("states", landed)
        .build();
  }
}
