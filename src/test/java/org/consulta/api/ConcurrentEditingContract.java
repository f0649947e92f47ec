package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Twenty drafters editing one article at once: every accepted edit is in the history. */
public interface ConcurrentEditingContract extends ApiContract {
  int CLIENTS = 20;
  int STEPS = 3;

  /** A clause whose fixed words outnumber its changing ones, so that word diffs keep them apart. */
  private static String sentence(int clause, String reading) {
    return "Clause " + clause + ", which the other editors leave alone, reads " + reading + ".";
  }

  private static String sentences(int changed) {
    return IntStream.range(0, CLIENTS)
        .mapToObj(i -> sentence(i, i == changed ? "amended" : "original"))
        .collect(Collectors.joining("\n\n"));
  }

  /** Inserts an article of twenty clauses in English; returns its path. */
  private String clauses(String slug) {
    String insert =
        Json.createObjectBuilder()
            .add("after", "art_3")
            .add(
                "texts",
                Json.createObjectBuilder()
                    .add(
                        "en",
                        Json.createObjectBuilder()
                            .add("heading", "Clauses")
                            .add("text", sentences(-1))))
            .build()
            .toString();
    String eId =
        admin().post("laws/" + slug + "/articles", insert).expect(201).json().getString("eId");
    return "laws/" + slug + "/articles/" + eId;
  }

  private String token(Api account) {
    return account
        .post("accounts/me/tokens", "{\"label\": \"load\"}")
        .expect(201)
        .json()
        .getString("token");
  }

  @Test
  default void twentySimultaneousEditsLoseNothing() throws Exception {
    String slug = newLaw();
    String path = clauses(slug) + "?lang=en";
    Api drafter = anonymous().withToken(token(admin()));

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < CLIENTS; i++) {
        String body = Json.createObjectBuilder().add("text", sentences(i)).build().toString();
        Callable<Api.Reply> call = () -> drafter.put(path, body, "\"en-1\"");
        replies.add(pool.submit(call));
      }
      int accepted = 0;
      for (Future<Api.Reply> reply : replies) {
        int status = reply.get().status();
        assertTrue(status == 200 || status == 409, () -> "status " + status);
        accepted += status == 200 ? 1 : 0;
      }
      String text = anonymous().get(path).json().getString("text");
      long amended = text.lines().filter(line -> line.contains("amended")).count();
      assertEquals(accepted, amended, text);
      var history = anonymous().get(path.replace("?", "/revisions?")).array();
      assertEquals(accepted + 1, history.size());
      assertEquals(CLIENTS, accepted, "disjoint edits should all merge");
      for (JsonObject revision : history.getValuesAs(JsonObject.class).subList(1, history.size())) {
        assertEquals(1, revision.getInt("base"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An edit the engine acknowledged: who made it and the revision it says it wrote. */
  record Acknowledged(String author, int revision) {}

  @Test
  default void twentyEditorsChainingTheirETagsRevertNothing() throws Exception {
    String slug = newLaw();
    String article = clauses(slug);
    String path = article + "?lang=en";
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      CyclicBarrier start = new CyclicBarrier(CLIENTS);
      List<Future<List<Acknowledged>>> editors = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int clause = i;
        editors.add(
            pool.submit(
                () -> {
                  String name = newAccount("editor-" + clause, PASSWORD, "drafter");
                  Api editor = anonymous().withToken(token(anonymous().as(name, PASSWORD)));
                  start.await();
                  return chainEdits(editor, name, path, clause);
                }));
      }
      List<Acknowledged> acknowledged = new ArrayList<>();
      for (Future<List<Acknowledged>> editor : editors) {
        acknowledged.addAll(editor.get());
      }
      String text = anonymous().get(path).expect(200).json().getString("text");
      var history = anonymous().get(article + "/revisions?lang=en").expect(200).array();
      assertEquals(1 + CLIENTS * STEPS, history.size(), "every edit writes one revision");
      for (Acknowledged edit : acknowledged) {
        JsonObject own = history.getJsonObject(edit.revision() - 1);
        assertEquals(edit.author(), own.getString("author"), () -> edit + " is " + own);
      }
      for (int clause = 0; clause < CLIENTS; clause++) {
        String last = sentence(clause, "draft " + STEPS + " by editor " + clause);
        assertTrue(text.contains(last), () -> "reverted: " + last + " in\n" + text);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One editor's session: each edit changes only its own clause and is based on the ETag the last
   * answer gave. An answer that says the edit was not merged means that the revision it names holds
   * exactly the text sent, so the editor, trusting the answer, goes on from its own text.
   */
  private static List<Acknowledged> chainEdits(Api editor, String name, String path, int clause) {
    String etag = "\"en-1\"";
    String text = sentences(-1);
    String mine = sentence(clause, "original");
    List<Acknowledged> acknowledged = new ArrayList<>();
    for (int step = 1; step <= STEPS; step++) {
      String next = sentence(clause, "draft " + step + " by editor " + clause);
      String sent = text.replace(mine, next);
      String body = Json.createObjectBuilder().add("text", sent).build().toString();
      Api.Reply reply = editor.put(path, body, etag).expect(200);
      JsonObject result = reply.json();
      JsonObject written = result.getJsonObject("article");
      int revision = written.getInt("revision");
      assertEquals("\"en-" + revision + "\"", reply.header("ETag"), result::toString);
      assertEquals(reply.header("ETag"), written.getString("etag"), result::toString);
      assertTrue(written.getString("text").contains(next), result::toString);
      acknowledged.add(new Acknowledged(name, revision));
      etag = reply.header("ETag");
      text = result.getBoolean("merged") ? written.getString("text") : sent;
      mine = next;
    }
    return acknowledged;
  }
}
