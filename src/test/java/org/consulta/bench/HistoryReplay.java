package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replays one code's history through the API: the first version creates a law (language es, one
 * chapter), every later one becomes the article edits, insertions, moves and deletions that lead to
 * it, then a recorded version. Each edit names the article's current ETag, so none is merged.
 */
final class HistoryReplay {
  private static final String CHAPTER = "chp_1";

  private final ConsultaApi api;
  private final CodeResult result;
  private final ServerEIds eIds = new ServerEIds();
  private final Map<String, String> etags = new HashMap<>();
  private LinkedHashMap<String, String> live = new LinkedHashMap<>();
  private String lastText;

  HistoryReplay(ConsultaApi api, CodeResult result) {
    this.api = api;
    this.result = result;
  }

  void replay(HistoryFile history, int maxVersions) throws IOException, InterruptedException {
    long start = System.nanoTime();
    try {
      history.forEach(maxVersions, this::apply);
    } catch (ReplayStopped e) {
      throw new IOException("replay of " + history.code() + " stopped: " + e.getMessage(), e);
    }
    result.replaySeconds = (System.nanoTime() - start) / 1e9;
    result.articlesInLastVersion = live.size();
    result.lastVersionReadsBack = readsBack(result.versionsReplayed, lastText);
  }

  private void apply(HistoryFile.Version version) {
    try {
      LinkedHashMap<String, String> target = eIds.of(ArticleSplitter.split(version.text()));
      if (version.number() == 1) {
        create(version, target);
      } else {
        for (ArticleChanges.Change change : ArticleChanges.between(live, target)) {
          write(change, target);
        }
      }
      live = target;
      lastText = version.text();
      var recorded =
          api.send(
              "POST",
              law() + "/versions",
              Json.createObjectBuilder().add("label", version.label()).build().toString(),
              null);
      result.versionRecords.add(recorded.nanos());
      if (recorded.status() != 201) {
        throw new ReplayStopped("version " + version.number() + " was not recorded");
      }
      result.versionsReplayed = version.number();
      result.historyTextBytes += bytes(version.text());
      if (version.number() % 20 == 0) {
        System.err.printf(
            "  %s: %d versions, %d revisions%n", result.code, version.number(), result.revisions);
      }
    } catch (IOException e) {
      throw new ReplayStopped(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReplayStopped("interrupted");
    }
  }

  private void create(HistoryFile.Version version, LinkedHashMap<String, String> target)
      throws IOException, InterruptedException {
    var articles = Json.createArrayBuilder();
    target.forEach(
        (eId, text) ->
            articles.add(Json.createObjectBuilder().add("eId", eId).add("texts", texts(text))));
    String body =
        Json.createObjectBuilder()
            .add("slug", result.slug)
            .add("workUri", "/akn/cl/act/code/" + result.slug)
            .add("topic", "benchmark")
            // An enacted code keeps its numbers: its "bis" articles renumber nothing.
            .add("numbering", "fixed")
            .add(
                "languages",
                Json.createObjectBuilder()
                    .add("es", Json.createObjectBuilder().add("title", result.code)))
            .add(
                "divisions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("eId", CHAPTER)
                            .add("kind", "chapter")
                            .add("headings", Json.createObjectBuilder().add("es", result.code))
                            .add("articles", articles)))
            .build()
            .toString();
    var created = api.send("POST", "laws", body, null);
    result.createSeconds = created.nanos() / 1e9;
    if (created.status() != 201) {
      throw new ReplayStopped("the law was not created");
    }
    target.forEach(
        (eId, text) -> {
          etags.put(eId, "\"es-1\"");
          result.writtenRevisions.add(eId + "/revisions/1");
          result.revisions++;
          result.storedTextBytes += bytes(text);
        });
    result.articlesInFirstVersion = target.size();
  }

  private void write(ArticleChanges.Change change, Map<String, String> target)
      throws IOException, InterruptedException {
    String articles = law() + "/articles";
    ConsultaApi.Answer answer;
    String storedText;
    if (change instanceof ArticleChanges.Edit edit) {
      String body = Json.createObjectBuilder().add("text", edit.text()).build().toString();
      answer = api.send("PUT", articles + "/" + edit.eId(), body, etags.get(edit.eId()));
      storedText = edit.text();
      if (answer.ok() && !answer.json().getBoolean("changed")) {
        result.unchangedEdits++;
        storedText = null;
      } else if (answer.ok()) {
        result.edits++;
      }
    } else if (change instanceof ArticleChanges.Insert insert) {
      JsonObjectBuilder body =
          placement(insert.after()).add("eId", insert.eId()).add("texts", texts(insert.text()));
      answer = api.send("POST", articles, body.build().toString(), null);
      storedText = insert.text();
      result.inserts += answer.ok() ? 1 : 0;
    } else if (change instanceof ArticleChanges.Move move) {
      answer =
          api.send(
              "POST",
              articles + "/" + move.eId() + "/move",
              placement(move.after()).build().toString(),
              null);
      storedText = live.get(move.eId()); // a move copies the article's text into its new revision
      result.moves += answer.ok() ? 1 : 0;
    } else {
      var delete = (ArticleChanges.Delete) change;
      answer = api.send("DELETE", articles + "/" + delete.eId(), null, null);
      storedText = live.get(delete.eId()); // so does a deletion: the last text stays readable
      result.deletes += answer.ok() ? 1 : 0;
    }
    result.writes.add(answer.nanos());
    if (!answer.ok()) {
      return; // kept in the API's failures; the read-back check will show the damage
    }
    if (answer.etag() != null) {
      etags.put(change.eId(), answer.etag());
      result.writtenRevisions.add(change.eId() + "/revisions/" + revisionOf(answer.etag()));
    }
    if (storedText != null) {
      result.revisions++;
      result.storedTextBytes += bytes(storedText);
    }
  }

  /** Whether the last recorded version, read back, is the last text of the history exactly. */
  private boolean readsBack(int version, String expected) throws IOException, InterruptedException {
    var answer = api.get(law() + "/versions/" + version + "?lang=es");
    return answer.ok() && textOf(answer.json()).equals(expected);
  }

  /** The articles' texts of a law or version as read from the API, joined in reading order. */
  static String textOf(JsonObject lawView) {
    StringBuilder text = new StringBuilder();
    appendArticles(lawView.getJsonArray("body"), text);
    return text.toString();
  }

  /** The revision number in an ETag like {@code "es-3"}. */
  private static String revisionOf(String etag) {
    return etag.substring(etag.lastIndexOf('-') + 1, etag.length() - 1);
  }

  private static void appendArticles(JsonArray nodes, StringBuilder text) {
    for (JsonValue node : nodes) {
      JsonObject o = node.asJsonObject();
      if ("article".equals(o.getString("type"))) {
        text.append(o.getString("text"));
      } else {
        appendArticles(o.getJsonArray("children"), text);
      }
    }
  }

  private static JsonObjectBuilder placement(String after) {
    return after == null
        ? Json.createObjectBuilder().add("division", CHAPTER)
        : Json.createObjectBuilder().add("after", after);
  }

  private static JsonObjectBuilder texts(String text) {
    return Json.createObjectBuilder()
        .add("es", Json.createObjectBuilder().add("heading", "").add("text", text));
  }

  private String law() {
    return "laws/" + ConsultaApi.segment(result.slug);
  }

  static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Carries a fatal API answer out of the streaming callback. */
  private static final class ReplayStopped extends RuntimeException {
    ReplayStopped(String message) {
      super(message);
    }
  }
}
