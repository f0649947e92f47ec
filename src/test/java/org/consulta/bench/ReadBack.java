package org.consulta.bench;

import java.io.IOException;
import java.util.Random;

/** Times reading old versions back and diffing two versions of the whole law. */
final class ReadBack {
  private final ConsultaApi api;
  private final Random random;

  ReadBack(ConsultaApi api, long seed) {
    this.api = api;
    this.random = new Random(seed);
  }

  /** {@code count} reads of versions drawn uniformly from 1..last. */
  void versions(CodeResult result, int count) throws IOException, InterruptedException {
    int last = result.versionsReplayed;
    for (int i = 0; i < count && last > 0; i++) {
      int v = 1 + random.nextInt(last);
      result.versionReads.add(api.get(law(result) + "/versions/" + v + "?lang=es").nanos());
    }
  }

  /** The diff from the first to the last version, then {@code pairs} random ordered pairs. */
  void diffs(CodeResult result, int pairs) throws IOException, InterruptedException {
    int last = result.versionsReplayed;
    if (last < 2) {
      return;
    }
    result.firstToLastDiff.add(diff(result, 1, last));
    for (int i = 0; i < pairs; i++) {
      int a = 1 + random.nextInt(last - 1);
      int b = a + 1 + random.nextInt(last - a);
      result.pairDiffs.add(diff(result, a, b));
    }
  }

  private long diff(CodeResult result, int from, int to) throws IOException, InterruptedException {
    return api.get(law(result) + "/diff?lang=es&from=" + from + "&to=" + to).nanos();
  }

  private static String law(CodeResult result) {
    return "laws/" + ConsultaApi.segment(result.slug);
  }
}
