package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every malformed comment is refused with a 400 naming the field, and nothing is saved. */
public interface CommentBadInputContract extends ConsultationFixture {

  private void refused(Api who, long round, String json, String field) {
    who.post("consultations/" + round + "/comments", json).problem(400, field);
  }

  private void refused(Api who, long round, String json, String field, String code) {
    who.post("consultations/" + round + "/comments", json).problem(400, field, code);
  }

  @Test
  default void malformedCommentsNameTheirField() {
    String slug = newLaw();
    long round = openRound(slug);
    Api p = participant();
    refused(p, round, "[]", "body");
    refused(p, round, "{\"article\": \"art_1\"}", "text", "required");
    refused(p, round, "{\"text\": \"x\"}", "article");
    refused(p, round, "{\"article\": \"art_9\", \"text\": \"x\"}", "article");
    refused(
        p,
        round,
        "{\"article\": \"art_1\", \"text\": \"x\", \"mood\": 1}",
        "mood",
        "unknown-field");
    refused(p, round, "{\"article\": \"art_1\", \"lang\": \"fr\", \"text\": \"x\"}", "lang");
    refused(p, round, "{\"article\": \"art_1\", \"lang\": \"xx\", \"text\": \"x\"}", "lang");
    refused(p, round, "{\"article\": \"art_1\", \"revision\": 5, \"text\": \"x\"}", "revision");
    refused(
        p,
        round,
        "{\"article\": \"art_1\", \"revision\": \"1\", \"text\": \"x\"}",
        "revision",
        "invalid-format");
    String passage = "{\"article\": \"art_1\", \"text\": \"x\", \"passage\": %s}";
    refused(
        p, round, passage.formatted("{\"start\": 5, \"end\": 5}"), "passage.end", "out-of-range");
    refused(p, round, passage.formatted("{\"start\": 5, \"end\": 500}"), "passage.end");
    refused(p, round, passage.formatted("{\"start\": -1, \"end\": 3}"), "passage.start");
    refused(p, round, passage.formatted("{\"end\": 3}"), "passage.start", "required");
    refused(
        p,
        round,
        passage.formatted("{\"start\": 0, \"end\": 2, \"quote\": \"Le\"}"),
        "passage.quote");
    refused(p, round, passage.formatted("{\"start\": 0, \"end\": 2, \"side\": 1}"), "passage.side");
    refused(p, round, passage.formatted("3"), "passage");
    refused(
        p,
        round,
        "{\"article\": \"art_1\", \"text\": \"" + "x".repeat(20001) + "\"}",
        "text",
        "too-long");
    p.post("consultations/abc/comments", "{}").problem(400, "consultation");
    p.post("consultations/999999/comments", "{\"article\": \"art_1\", \"text\": \"x\"}")
        .problem(404, "consultation", "not-found");
    admin().get("comments/abc").problem(400, "comment");
    admin().get("comments/999999").problem(404, "comment");
    assertEquals(0, admin().get("consultations/" + round + "/comments").array().size());
  }

  @Test
  default void commentsOnADeletedArticleAreRefusedAndItsAnchorsOrphaned() {
    String slug = newLaw();
    long round = openRound(slug);
    Api p = participant();
    long id = comment(p, round, "art_3", "Sobre la vigencia.");
    admin().delete("laws/" + slug + "/articles/art_3").expect(204);
    p.post("consultations/" + round + "/comments", "{\"article\": \"art_3\", \"text\": \"x\"}")
        .problem(410, "article");
    assertEquals(
        "orphaned", p.get("comments/" + id).json().getJsonObject("anchor").getString("state"));
  }
}
