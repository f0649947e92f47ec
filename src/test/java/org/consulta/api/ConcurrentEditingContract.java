package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Twenty drafters editing one article at once: every accepted edit is in the history. */
public interface ConcurrentEditingContract extends ApiContract {
  int CLIENTS = 20;

  private static String sentences(int changed) {
    return IntStream.range(0, CLIENTS)
        .mapToObj(i -> "Clause " + i + " reads " + (i == changed ? "amended" : "original") + ".")
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  default void twentySimultaneousEditsLoseNothing() throws Exception {
    String slug = newLaw();
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
    String path = "laws/" + slug + "/articles/" + eId + "?lang=en";
    String token =
        admin()
            .post("accounts/me/tokens", "{\"label\": \"load\"}")
            .expect(201)
            .json()
            .getString("token");
    Api drafter = anonymous().withToken(token);

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
      var history =
          anonymous().get("laws/" + slug + "/articles/" + eId + "/revisions?lang=en").array();
      assertEquals(accepted + 1, history.size());
      assertEquals(CLIENTS, accepted, "disjoint edits should all merge");
      for (JsonObject revision : history.getValuesAs(JsonObject.class).subList(1, history.size())) {
        assertEquals(1, revision.getInt("base"));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
