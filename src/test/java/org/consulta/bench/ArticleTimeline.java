package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One article in one language as the benchmark knows it: the text of every revision it wrote or
 * read, and the ETag of the newest. Shared by the loading threads: comments read it while a
 * revision is being written.
 */
final class ArticleTimeline {
  /** A revision of the article; numbers start at 1. */
  record Revision(int number, String text) {}

  /** What an edit did: its kind and the engine's answer. */
  record Revised(Redraft kind, ConsultaApi.Answer answer) {}

  private final String law;
  private final String eId;
  private final String lang;
  private final List<String> texts = new ArrayList<>();
  private String etag;
  // One edit at a time, each based on the head: none is merged, none conflicts.
  private final ReentrantLock writing = new ReentrantLock();

  ArticleTimeline(String law, String eId, String lang, String text, String etag) {
    this.law = law;
    this.eId = eId;
    this.lang = lang;
    this.texts.add(text);
    this.etag = etag;
  }

  String eId() {
    return eId;
  }

  synchronized Revision head() {
    return revision(texts.size());
  }

  synchronized Revision revision(int number) {
    return new Revision(number, texts.get(number - 1));
  }

  /** A revision drawn uniformly from all that exist. */
  synchronized Revision anyRevision(Random random) {
    return revision(1 + random.nextInt(texts.size()));
  }

  /** Edits the head with an edit of kind {@code kind} (or another if it cannot apply). */
  Revised revise(ConsultaApi drafter, Redraft kind, Random random)
      throws IOException, InterruptedException {
    writing.lock();
    try {
      String base;
      synchronized (this) {
        base = etag;
      }
      Redraft.Edited edited = Redraft.edit(head().text(), kind, random);
      String body =
          Json.createObjectBuilder()
              .add("text", edited.text())
              .add("message", "Benchmark: " + edited.kind().name().toLowerCase(Locale.ROOT))
              .build()
              .toString();
      ConsultaApi.Answer answer =
          drafter.send(
              "PUT",
              "laws/" + ConsultaApi.segment(law) + "/articles/" + eId + "?lang=" + lang,
              body,
              base);
      if (answer.ok()) {
        record(answer);
      }
      return new Revised(edited.kind(), answer);
    } finally {
      writing.unlock();
    }
  }

  private synchronized void record(ConsultaApi.Answer answer) {
    JsonObject article = answer.json().getJsonObject("article");
    int number = article.getInt("revision");
    if (number != texts.size() + 1) {
      throw new IllegalStateException(
          law
              + "/"
              + eId
              + " went from revision "
              + texts.size()
              + " to "
              + number
              + ": is someone else editing it?");
    }
    texts.add(article.getString("text"));
    etag = answer.etag();
  }
}
