package org.consulta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

  /** {@code count} reads of one article revision drawn uniformly from those the replay wrote. */
  void revisions(CodeResult result, int count) throws IOException, InterruptedException {
    List<String> written = result.writtenRevisions;
    for (int i = 0; i < count && !written.isEmpty(); i++) {
      String revision = written.get(random.nextInt(written.size()));
      result.revisionReads.add(api.get(law(result) + "/articles/" + revision + "?lang=es").nanos());
    }
  }

  /** Reads every replayed version back and counts those equal to the history's text. */
  void everyVersion(CodeResult result, HistoryFile history) throws IOException {
    int[] exact = {0};
    history.forEach(
        result.versionsReplayed,
        version -> {
          try {
            var answer = api.get(law(result) + "/versions/" + version.number() + "?lang=es");
            if (answer.ok() && HistoryReplay.textOf(answer.json()).equals(version.text())) {
              exact[0]++;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        });
    result.versionsReadBackExactly = exact[0];
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
