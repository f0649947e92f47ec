package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A round's comments as W3C Web Annotations: every field the model
 * (https://www.w3.org/TR/annotation-model/) requires, selectors that select in code points what
 * they quote, and only what the caller may see.
 */
public interface AnnotationContract extends ConsultationFixture {
  String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  String LD_JSON = "application/ld+json; profile=\"" + CONTEXT + "\"";
  Set<String> MOTIVATIONS = Set.of("commenting", "editing", "replying");

  /** An emoji with its variation selector (two code points, three UTF-16 units) and accents. */
  String ART_3 = "🗳️ Esta Ley entra en vigor al día siguiente de su publicación.";

  private static String annotations(long round) {
    return "consultations/" + round + "/annotations";
  }

  @Test
  default void draftersReadEveryCommentAsAWebAnnotationAndParticipantsTheirOwnThreads() {
    String slug = newLaw();
    edit(slug, "art_3", ART_3);
    long round = openRound(slug);
    Api author = participant();
    Api other = participant("PE", "parliament");
    // "vigor al día" is [21, 33) in code points: the emoji and its selector count one each.
    long passage =
        commentOn(author, round, "art_3", 21, 33, "vigor al día").getJsonNumber("id").longValue();
    long whole = comment(author, round, "art_1", "Falta el ámbito.");
    long suggestion =
        author
            .post(
                "consultations/" + round + "/suggestions",
                """
                {"article": "art_1", "lang": "es", "passage": {"start": 16, "end": 25,
                 "quote": "garantiza"}, "replacement": "asegura", "text": "Más preciso."}
                """)
            .expect(201)
            .json()
            .getJsonObject("suggestion")
            .getJsonNumber("id")
            .longValue();
    long question = reply(admin(), passage, "¿Por qué?");
    long answer = reply(author, question, "Porque sí.");
    admin()
        .put(
            "comments/" + whole + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Lo veremos.\"}",
            null)
        .expect(200);
    long retracted = reply(admin(), whole, "Texto retirado.");
    admin().post("comments/" + retracted + "/hide", "{\"reason\": \"Por error.\"}").expect(200);
    long others = comment(other, round, "art_2", "Otra opinión.");

    var reply = drafter().get(annotations(round)).expect(200);
    assertAnnotationJsonLd(reply.header("Content-Type"));
    JsonObject collection = reply.json();
    assertCollection(collection, round, 7);
    Map<Long, JsonObject> all = byComment(collection.getJsonObject("first"));
    assertEquals(
        Set.of(passage, whole, suggestion, question, answer, retracted, others), all.keySet());
    all.values().forEach(a -> assertAnnotation(a, slug));

    JsonObject onPassage = all.get(passage);
    assertEquals("commenting", onPassage.getString("motivation"));
    assertEquals("Sobre este pasaje.", body(onPassage, "commenting").getString("value"));
    JsonObject creator = onPassage.getJsonObject("creator");
    assertTrue(creator.getString("name").startsWith("Participant p-"), creator.toString());
    assertEquals(Set.of("id", "type", "name", "nickname"), creator.keySet());
    JsonObject target = onPassage.getJsonObject("target");
    assertTrue(target.getString("source").endsWith("~art_3"), target.toString());
    assertEquals("vigor al día", selector(target, "TextQuoteSelector").getString("exact"));
    assertEquals(
        "🗳️ Esta Ley entra en ", selector(target, "TextQuoteSelector").getString("prefix"));
    assertEquals(21, selector(target, "TextPositionSelector").getInt("start"));
    assertEquals(33, selector(target, "TextPositionSelector").getInt("end"));
    assertTrue(target.getJsonObject("state").getString("cached").contains("/revisions/2?"));

    JsonObject onWhole = all.get(whole);
    assertFalse(onWhole.getJsonObject("target").containsKey("selector"), onWhole.toString());
    assertEquals("noted", body(onWhole, "assessing").getString("value"));
    JsonObject response = body(onWhole, "replying");
    assertEquals("Lo veremos.", response.getString("value"));
    assertEquals("admin", response.getJsonObject("creator").getString("nickname"));
    assertTrue(onWhole.containsKey("modified"), onWhole.toString());

    JsonObject suggested = all.get(suggestion);
    assertEquals("editing", suggested.getString("motivation"));
    JsonObject replacement = body(suggested, "editing");
    assertEquals("asegura", replacement.getString("value"));
    assertEquals("es", replacement.getString("language"));
    assertEquals("Más preciso.", body(suggested, "commenting").getString("value"));
    assertEquals(
        "garantiza",
        selector(suggested.getJsonObject("target"), "TextQuoteSelector").getString("exact"));

    assertEquals("replying", all.get(question).getString("motivation"));
    assertEquals(onPassage.getString("id"), all.get(question).getString("target"));
    assertEquals(all.get(question).getString("id"), all.get(answer).getString("target"));
    assertEquals("¿Por qué?", body(all.get(question), "replying").getString("value"));

    assertEquals("Texto retirado.", body(all.get(retracted), "replying").getString("value"));
    assertEquals("Por error.", body(all.get(retracted), "moderating").getString("value"));

    JsonObject own = author.get(annotations(round)).expect(200).json();
    assertCollection(own, round, 6);
    Map<Long, JsonObject> seen = byComment(own.getJsonObject("first"));
    assertEquals(Set.of(passage, whole, suggestion, question, answer, retracted), seen.keySet());
    // A drafter's hidden reply keeps its place in the thread, but not its text.
    JsonArray hidden = seen.get(retracted).getJsonArray("body");
    assertEquals(1, hidden.size(), hidden.toString());
    assertEquals("moderating", hidden.getJsonObject(0).getString("purpose"));
    JsonObject theirs = other.get(annotations(round)).expect(200).json();
    assertEquals(Set.of(others), byComment(theirs.getJsonObject("first")).keySet());
    JsonObject none = participant().get(annotations(round)).expect(200).json();
    assertCollection(none, round, 0);
  }

  @Test
  default void theSelectorsStayOnTheTextThatWasCommentedWhateverBecameOfTheAnchor() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long orphaned =
        commentOn(author, round, "art_1", 16, 25, "garantiza").getJsonNumber("id").longValue();
    edit(slug, "art_1", "La paridad.");
    assertEquals(
        "orphaned",
        author.get("comments/" + orphaned).json().getJsonObject("anchor").getString("state"));
    // A comment that names the current revision rather than the consulted one.
    long later =
        author
            .post(
                "consultations/" + round + "/comments",
                """
                {"article": "art_1", "lang": "es", "revision": 2,
                 "passage": {"start": 3, "end": 10, "quote": "paridad"}, "text": "Corta."}
                """)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();

    Map<Long, JsonObject> all =
        byComment(drafter().get(annotations(round)).json().getJsonObject("first"));
    all.values().forEach(a -> assertAnnotation(a, slug));
    JsonObject target = all.get(orphaned).getJsonObject("target");
    assertEquals("garantiza", selector(target, "TextQuoteSelector").getString("exact"));
    assertEquals(16, selector(target, "TextPositionSelector").getInt("start"));
    assertTrue(target.getJsonObject("state").getString("cached").contains("/revisions/1?"));
    JsonObject version = anonymous().get("laws/" + slug + "/versions").array().getJsonObject(0);
    assertEquals(
        Instant.parse(version.getString("createdAt")),
        Instant.parse(target.getJsonObject("state").getString("sourceDate")));

    JsonObject current = all.get(later).getJsonObject("target");
    assertEquals("paridad", selector(current, "TextQuoteSelector").getString("exact"));
    assertTrue(current.getJsonObject("state").getString("cached").contains("/revisions/2?"));
    JsonObject revision =
        anonymous().get("laws/" + slug + "/articles/art_1/revisions/2?lang=es").json();
    assertEquals(
        Instant.parse(revision.getJsonObject("revision").getString("createdAt")),
        Instant.parse(current.getJsonObject("state").getString("sourceDate")));
  }

  @Test
  default void pagesLinkToEachOtherAndTheCollection() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    for (String eId : List.of("art_1", "art_2", "art_3")) {
      comment(author, round, eId, "Comentario.");
    }
    Api drafter = drafter();
    JsonObject collection = drafter.get(annotations(round) + "?limit=2").expect(200).json();
    assertCollection(collection, round, 3);
    JsonObject first = collection.getJsonObject("first");
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals(0, first.getInt("startIndex"));
    assertEquals(collection.getString("last"), first.getString("next"));

    var reply = drafter.get(first.getString("next")).expect(200);
    assertAnnotationJsonLd(reply.header("Content-Type"));
    JsonObject second = reply.json();
    assertEquals(CONTEXT, second.getString("@context"));
    assertEquals("AnnotationPage", second.getString("type"));
    assertEquals(first.getString("next"), second.getString("id"));
    assertEquals(first.getString("id"), second.getString("prev"));
    assertFalse(second.containsKey("next"), second.toString());
    assertEquals(2, second.getInt("startIndex"));
    assertEquals(1, second.getJsonArray("items").size());
    assertEquals(collection.getString("id"), second.getJsonObject("partOf").getString("id"));
    assertEquals(3, second.getJsonObject("partOf").getInt("total"));
    second.getJsonArray("items").forEach(a -> assertAnnotation(a.asJsonObject(), slug));

    drafter.get(annotations(round) + "?page=2&limit=2").problem(404, "page");
    drafter.get(annotations(round) + "?page=-1").problem(400, "page");
    drafter.get(annotations(round) + "?page=x").problem(400, "page");
    drafter.get(annotations(round) + "?limit=0").problem(400, "limit");
    participant().get(annotations(round) + "?page=0").problem(404, "page");
  }

  @Test
  default void plainJsonIsServedTooAndBadRequestsAreProblems() {
    String slug = newLaw();
    long round = openRound(slug);
    Api drafter = drafter();
    var json = drafter.withHeader("Accept", "application/json").get(annotations(round));
    assertEquals("application/json", json.expect(200).header("Content-Type"));
    assertEquals("AnnotationCollection", json.json().getString("type"));
    var either =
        drafter.withHeader("Accept", "application/ld+json").get(annotations(round)).expect(200);
    assertAnnotationJsonLd(either.header("Content-Type"));
    drafter.withHeader("Accept", "application/xml").get(annotations(round)).problem(406, null);

    drafter.get(annotations(999_999_999)).problem(404, "consultation");
    drafter.get("consultations/abc/annotations").problem(400, "consultation");
    drafter.get("consultations/0/annotations").problem(400, "consultation");
    anonymous().get(annotations(round)).problem(401, null);
  }

  private long reply(Api who, long parent, String text) {
    return who.post("comments/" + parent + "/replies", "{\"text\": \"%s\"}".formatted(text))
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** The collection's own MUSTs and SHOULDs: context, IRI, type, label, total, pages. */
  private void assertCollection(JsonObject collection, long round, int total) {
    assertEquals(CONTEXT, collection.getString("@context"));
    assertEquals(
        base().resolve("api/" + annotations(round)).toString(), collection.getString("id"));
    assertEquals("AnnotationCollection", collection.getString("type"));
    assertEquals("Round", collection.getString("label"));
    assertEquals(total, collection.getInt("total"));
    if (total == 0) {
      assertNull(collection.get("first"), collection.toString());
      return;
    }
    JsonObject first = collection.getJsonObject("first");
    assertEquals("AnnotationPage", first.getString("type"));
    assertTrue(first.getString("id").startsWith(collection.getString("id") + "?page=0"));
    assertAbsolute(collection.getString("last"));
    assertFalse(first.getJsonArray("items").isEmpty());
  }

  /**
   * The model's requirements of an annotation, its bodies and target, and that a passage's quote is
   * the text of the revision it names at the code-point range it gives, with its context around.
   */
  private void assertAnnotation(JsonObject annotation, String slug) {
    String context = annotation.toString();
    assertAbsolute(annotation.getString("id"));
    assertTrue(
        annotation.getString("id").startsWith(base().resolve("api/comments/").toString()), context);
    assertEquals("Annotation", annotation.getString("type"), context);
    assertTrue(MOTIVATIONS.contains(annotation.getString("motivation")), context);
    Instant.parse(annotation.getString("created"));
    if (annotation.containsKey("modified")) {
      Instant.parse(annotation.getString("modified"));
    }
    JsonObject creator = annotation.getJsonObject("creator");
    assertAbsolute(creator.getString("id"));
    assertEquals("Person", creator.getString("type"));
    for (JsonValue value : annotation.getJsonArray("body")) {
      JsonObject body = value.asJsonObject();
      assertEquals("TextualBody", body.getString("type"), context);
      assertFalse(body.getString("value").isEmpty(), context);
      assertEquals("text/plain", body.getString("format"), context);
    }
    if (annotation.getString("motivation").equals("replying")) {
      assertAbsolute(annotation.getString("target"));
      return;
    }
    JsonObject target = annotation.getJsonObject("target");
    assertEquals("SpecificResource", target.getString("type"), context);
    JsonObject state = target.getJsonObject("state");
    assertEquals("TimeState", state.getString("type"));
    LocalDate day =
        LocalDate.ofInstant(Instant.parse(state.getString("sourceDate")), ZoneOffset.UTC);
    String expression = "/akn/oas/act/model-law/2026/" + slug + "/spa@" + day + "~art_";
    assertAbsolute(target.getString("source"));
    assertTrue(
        Pattern.matches(
            Pattern.quote(base().resolve(expression.substring(1)).toString()) + "[0-9]+",
            target.getString("source")),
        context);
    if (!target.containsKey("selector")) {
      return;
    }
    String text = anonymous().get(state.getString("cached")).expect(200).json().getString("text");
    JsonObject quote = selector(target, "TextQuoteSelector");
    JsonObject position = selector(target, "TextPositionSelector");
    int start = position.getInt("start");
    int end = position.getInt("end");
    assertTrue(0 <= start && start < end && end <= text.codePointCount(0, text.length()), context);
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(0, end);
    assertEquals(text.substring(from, to), quote.getString("exact"), context);
    assertTrue(text.substring(0, from).endsWith(quote.getString("prefix")), context);
    assertTrue(text.substring(to).startsWith(quote.getString("suffix")), context);
  }

  /** The media type with the Web Annotation profile; JAX-RS writes it without the space. */
  private static void assertAnnotationJsonLd(String contentType) {
    assertEquals(LD_JSON.replace(" ", ""), contentType.replace(" ", ""));
  }

  private static void assertAbsolute(String iri) {
    assertTrue(URI.create(iri).isAbsolute(), iri);
  }

  private static JsonObject selector(JsonObject target, String type) {
    return target.getJsonArray("selector").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + target));
  }

  private static JsonObject body(JsonObject annotation, String purpose) {
    return annotation.getJsonArray("body").stream()
        .map(JsonValue::asJsonObject)
        .filter(b -> b.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + purpose + " body in " + annotation));
  }

  /** The annotations of a page by the id of the comment each stands for. */
  private static Map<Long, JsonObject> byComment(JsonObject page) {
    JsonArray items = page.getJsonArray("items");
    Map<Long, JsonObject> all = new HashMap<>();
    for (JsonValue item : items) {
      String id = item.asJsonObject().getString("id");
      all.put(Long.parseLong(id.substring(id.lastIndexOf('/') + 1)), item.asJsonObject());
    }
    assertEquals(items.size(), all.size());
    return all;
  }
}
