package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Edits every article once more after the load. On the consulted law each edit carries every
 * comment on the article to the new revision in the edit's transaction, so the sum of these edits
 * is the time to re-anchor all comments once; the same kind of edit on the quiet law, whose
 * articles have no comments, is the baseline. The two are interleaved article by article so both
 * see the same engine.
 */
final class ReanchorMeasurement {
  /** One article's final edit on both laws; latencies in nanoseconds. */
  record ArticleEdit(String eId, int comments, Redraft kind, long nanos, long quietNanos) {}

  final List<ArticleEdit> edits = new ArrayList<>();
  final Percentiles withComments = new Percentiles();
  final Percentiles withoutComments = new Percentiles();
  int failed;

  static ReanchorMeasurement run(
      ConsultaApi drafter, ConsultationSetup.Round round, CommentLoad load, Random random)
      throws IOException, InterruptedException {
    var measurement = new ReanchorMeasurement();
    for (int a = 0; a < round.articles().size(); a++) {
      Redraft kind = Redraft.pick(random);
      var quiet = round.quietArticles().get(a).revise(drafter, kind, random);
      var consulted = round.articles().get(a).revise(drafter, kind, random);
      if (!quiet.answer().ok() || !consulted.answer().ok()) {
        measurement.failed++;
        continue;
      }
      measurement.withoutComments.add(quiet.answer().nanos());
      measurement.withComments.add(consulted.answer().nanos());
      measurement.edits.add(
          new ArticleEdit(
              round.articles().get(a).eId(),
              load.commentsOn(a),
              consulted.kind(),
              consulted.answer().nanos(),
              quiet.answer().nanos()));
    }
    return measurement;
  }

  /** The time to re-anchor every comment once: all the edits of the consulted law, end to end. */
  double totalSeconds() {
    return edits.stream().mapToLong(ArticleEdit::nanos).sum() / 1e9;
  }

  /** The same for the quiet law: what the edits cost without anchors to carry. */
  double quietTotalSeconds() {
    return edits.stream().mapToLong(ArticleEdit::quietNanos).sum() / 1e9;
  }

  /** The articles whose edits took longest, slowest first. */
  List<ArticleEdit> slowest(int n) {
    return edits.stream().sorted((x, y) -> Long.compare(y.nanos(), x.nanos())).limit(n).toList();
  }

  JsonObject json() {
    var articles = Json.createArrayBuilder();
    for (ArticleEdit edit : edits) {
      articles.add(
          Json.createObjectBuilder()
              .add("eId", edit.eId())
              .add("comments", edit.comments())
              .add("kind", edit.kind().name().toLowerCase(Locale.ROOT))
              .add("ms", edit.nanos() / 1e6)
              .add("quietMs", edit.quietNanos() / 1e6));
    }
    return Json.createObjectBuilder()
        .add("articlesEdited", edits.size())
        .add("failedEdits", failed)
        .add("totalSeconds", totalSeconds())
        .add("quietTotalSeconds", quietTotalSeconds())
        .add("editLatencyWithComments", withComments.json())
        .add("editLatencyWithoutComments", withoutComments.json())
        .add("articles", articles)
        .build();
  }
}
