package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A law whose working text is for its drafters only: everyone else reads its published versions and
 * nothing more, and is answered for the rest exactly as for a law or version that does not exist.
 * Every endpoint that shows law text is a row of {@link #READS}; a new one is a new row.
 */
public interface PublishedVersionsContract extends ConsultationFixture {
  /** What a read shows of the law named {@code {law}}. */
  enum Shows {
    /** The working text: hidden from everyone but the drafters, as an unknown law. */
    WORKING_TEXT,
    /** Version 2, recorded but not published: hidden as a version that was never recorded. */
    UNPUBLISHED,
    /** Version 1, published: readable by everyone. */
    PUBLISHED
  }

  /** One endpoint: its path with {@code {law}}, and the status a drafter gets. */
  record Read(String path, Shows shows, int forDrafters) {
    Read(String path, Shows shows) {
      this(path, shows, 200);
    }

    String on(String slug) {
      return path.replace("{law}", slug);
    }
  }

  List<Read> READS =
      List.of(
          new Read("laws/{law}?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/draft?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/alignment", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/revisions?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/revisions/1?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/diff?from=1&to=2&lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/title?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/title/revisions?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/preamble?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/preamble/revisions?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/divisions/chp_1", Shows.WORKING_TEXT),
          new Read("laws/{law}/divisions/chp_1/revisions", Shows.WORKING_TEXT),
          new Read("laws/{law}/translations?lang=en", Shows.WORKING_TEXT),
          new Read("laws/{law}/translations/art_1?lang=en", Shows.WORKING_TEXT),
          new Read("laws/{law}/editions?lang=es&format=json", Shows.WORKING_TEXT),
          new Read("laws/{law}/editions?lang=es&format=html", Shows.WORKING_TEXT),
          new Read("laws/{law}/editions?lang=es&format=akn", Shows.WORKING_TEXT),
          new Read("laws/{law}/comparison?from=1&lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/comparable?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/comparative?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/references", Shows.WORKING_TEXT),
          new Read("laws/{law}/articles/art_1/references/999999", Shows.WORKING_TEXT, 404),
          new Read("laws/{law}/references?lang=es", Shows.WORKING_TEXT),
          new Read("laws/{law}/implementation", Shows.WORKING_TEXT),
          new Read("laws/{law}/implementation/articles/art_1", Shows.WORKING_TEXT),
          new Read("laws/{law}/implementation/countries/MX", Shows.WORKING_TEXT),
          new Read("laws/{law}/implementation/art_1/MX", Shows.WORKING_TEXT),
          new Read("laws/{law}/implementation/art_1/MX/history", Shows.WORKING_TEXT),
          new Read("laws/{law}/versions/2?lang=es", Shows.UNPUBLISHED),
          new Read("laws/{law}/diff?from=1&to=2&lang=es", Shows.UNPUBLISHED),
          new Read("laws/{law}/editions?version=2&lang=es&format=json", Shows.UNPUBLISHED),
          new Read("laws/{law}/editions?version=2&lang=es&format=docx", Shows.UNPUBLISHED),
          new Read("laws/{law}/comparison?from=1&to=2&lang=es", Shows.UNPUBLISHED),
          new Read("laws/{law}/versions/1?lang=es", Shows.PUBLISHED),
          new Read("laws/{law}/diff?from=1&to=1&lang=es", Shows.PUBLISHED),
          new Read("laws/{law}/editions?version=1&lang=es&format=json", Shows.PUBLISHED),
          new Read("laws/{law}/comparison?from=1&to=1&lang=es", Shows.PUBLISHED),
          new Read("laws/{law}/versions", Shows.PUBLISHED),
          new Read("laws/{law}/feed?lang=es", Shows.PUBLISHED));

  /**
   * A law for drafters only, with version 1 published and version 2 not, art_1 edited since; its
   * twin, readable by everyone, has version 1 alone, so that its version 2 is unknown.
   */
  record Pair(String hidden, String twin) {}

  private Pair hiddenLawAndTwin() {
    String slug = newLaw();
    String twin = newLaw();
    Api drafter = drafter();
    for (String law : List.of(slug, twin)) {
      drafter.post("laws/" + law + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    }
    drafter
        .put(
            "laws/" + slug + "/articles/art_1?lang=es",
            "{\"text\": \"Texto de trabajo reservado.\"}",
            "\"es-1\"")
        .expect(200);
    drafter.post("laws/" + slug + "/versions", "{\"label\": \"Borrador 2\"}").expect(201);
    drafter.post("laws/" + slug + "/versions/1/publish", "").expect(200);
    var visibility =
        drafter
            .put("laws/" + slug + "/visibility", "{\"workingText\": \"drafters\"}", null)
            .expect(200)
            .json();
    assertEquals("drafters", visibility.getString("workingText"));
    return new Pair(slug, twin);
  }

  @Test
  default void everyReadOfLawTextAnswersOthersAsForWhatDoesNotExist() {
    Pair laws = hiddenLawAndTwin();
    String missing = "no-such-" + laws.hidden();
    Map<String, Api> others = Map.of("anonymous", anonymous(), "participant", participant());
    Api drafter = drafter();
    List<Executable> checks = new ArrayList<>();
    for (Read read : READS) {
      String path = read.on(laws.hidden());
      Api.Reply asDrafter = drafter.get(path);
      checks.add(() -> assertEquals(read.forDrafters(), asDrafter.status(), "drafter " + path));
      others.forEach(
          (role, caller) -> {
            Api.Reply reply = caller.get(path);
            String what = role + " " + path;
            switch (read.shows()) {
              case PUBLISHED -> checks.add(() -> assertEquals(200, reply.status(), what));
              case WORKING_TEXT ->
                  checks.add(
                      sameAs(caller.get(read.on(missing)), missing, reply, laws.hidden(), what));
              case UNPUBLISHED ->
                  checks.add(
                      sameAs(
                          caller.get(read.on(laws.twin())),
                          laws.twin(),
                          reply,
                          laws.hidden(),
                          what));
            }
          });
    }
    assertAll(checks);
  }

  /** {@code reply} is {@code unknown}, the answer about another law, word for word. */
  private static Executable sameAs(
      Api.Reply unknown, String other, Api.Reply reply, String slug, String what) {
    return () -> {
      assertEquals(404, unknown.status(), what + ": the reference is not unknown");
      assertEquals(unknown.status(), reply.status(), what);
      assertEquals(unknown.header("Content-Type"), reply.header("Content-Type"), what);
      assertEquals(unknown.body().replace(other, slug), reply.body(), what);
    };
  }

  @Test
  default void listsShowOthersOnlyWhatTheyMayRead() {
    Pair laws = hiddenLawAndTwin();
    String unpublished = newLaw();
    Api drafter = drafter();
    drafter
        .put("laws/" + unpublished + "/visibility", "{\"workingText\": \"drafters\"}", null)
        .expect(200);

    List<String> listed = slugs(anonymous().get("laws").array().getValuesAs(JsonObject.class));
    assertTrue(listed.contains(laws.hidden()), "a published version lists the law");
    assertFalse(listed.contains(unpublished), "nothing readable, not listed");
    assertTrue(
        slugs(drafter.get("laws").array().getValuesAs(JsonObject.class)).contains(unpublished));

    for (Api caller : List.of(anonymous(), participant())) {
      var versions = caller.get("laws/" + laws.hidden() + "/versions").array();
      assertEquals(1, versions.size(), versions.toString());
      assertTrue(versions.getJsonObject(0).getBoolean("published"));
      String feed = caller.get("laws/" + laws.hidden() + "/feed?lang=es").expect(200).body();
      assertTrue(feed.contains("Borrador 1"), feed);
      assertFalse(feed.contains("Borrador 2"), feed);
    }
    var all = drafter.get("laws/" + laws.hidden() + "/versions").array();
    assertEquals(2, all.size());
    assertFalse(all.getJsonObject(1).getBoolean("published"));
    assertTrue(
        drafter.get("laws/" + laws.hidden() + "/feed?lang=es").body().contains("Borrador 2"));
  }

  private static List<String> slugs(List<JsonObject> laws) {
    return laws.stream().map(l -> l.getString("slug")).toList();
  }

  @Test
  default void searchOfLawsFindsTheWorkingTextForDraftersOnly() {
    Pair laws = hiddenLawAndTwin();
    String query = "search?scope=laws&law=" + laws.hidden() + "&q=reservado";
    Api drafter = drafter();
    eventually(() -> drafter.get(query), r -> r.status() == 200 && r.json().getInt("total") == 1);
    assertEquals(0, anonymous().get(query).expect(200).json().getInt("total"));
    assertEquals(0, participant().get(query).expect(200).json().getInt("total"));
  }

  @Test
  default void draftersPublishUnpublishAndARoundPublishesItsVersion() {
    String slug = newLaw();
    Api drafter = drafter();
    drafter
        .put("laws/" + slug + "/visibility", "{\"workingText\": \"drafters\"}", null)
        .expect(200);
    drafter.post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    var published = drafter.post("laws/" + slug + "/versions/1/publish", "").expect(200).json();
    assertTrue(published.getBoolean("published"));
    assertTrue(published.containsKey("publishedAt"));
    anonymous().get("laws/" + slug + "/versions/1").expect(200);
    var withdrawn = drafter.post("laws/" + slug + "/versions/1/unpublish", "").expect(200).json();
    assertFalse(withdrawn.getBoolean("published"));
    anonymous().get("laws/" + slug + "/versions/1").problem(404, "v");

    round(slug, null, Instant.now().plus(Duration.ofDays(1)));
    participant().get("laws/" + slug + "/versions/1").expect(200);
    drafter.post("laws/" + slug + "/versions/1/unpublish", "").problem(409, "v", "conflict");
    drafter.post("laws/" + slug + "/versions/9/publish", "").problem(404, "v");
    drafter.post("laws/" + slug + "/versions/x/publish", "").problem(400, "v");
    participant().post("laws/" + slug + "/versions/1/unpublish", "").expect(403);
    anonymous()
        .put("laws/" + slug + "/visibility", "{\"workingText\": \"everyone\"}", null)
        .expect(401);
    drafter
        .put("laws/" + slug + "/visibility", "{\"workingText\": \"team\"}", null)
        .problem(400, "workingText", "invalid-format");
    drafter.put("laws/" + slug + "/visibility", "{}", null).problem(400, "workingText", "required");
    drafter
        .put("laws/" + slug + "/visibility", "{\"workingText\": \"everyone\"}", null)
        .expect(200);
    anonymous().get("laws/" + slug + "?lang=es").expect(200);
    var summary =
        anonymous().get("laws").array().getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertEquals("everyone", summary.getString("workingText"));
  }

  @Test
  default void whereACommentedPassageNowLiesIsShownOnlyToThoseWhoReadTheWorkingText() {
    String slug = newLaw();
    admin()
        .put("laws/" + slug + "/visibility", "{\"workingText\": \"drafters\"}", null)
        .expect(200);
    long round = openRound(slug);
    Api author = participant();
    long id = commentOn(author, round, "art_1", 29, 36, "paridad").getJsonNumber("id").longValue();
    edit(slug, "art_1", "Texto reservado que conserva la paridad.");

    JsonObject seen = author.get("comments/" + id).expect(200).json().getJsonObject("anchor");
    assertFalse(seen.containsKey("quote") && !seen.isNull("quote"), seen.toString());
    assertFalse(seen.containsKey("start") && !seen.isNull("start"), seen.toString());
    assertEquals(
        "paridad", author.get("comments/" + id).json().getJsonObject("passage").getString("quote"));
    JsonObject drafters =
        drafter().get("comments/" + id).expect(200).json().getJsonObject("anchor");
    assertEquals("paridad", drafters.getString("quote"));
    assertEquals(32, drafters.getInt("start"));
  }

  private static Api.Reply eventually(
      java.util.function.Supplier<Api.Reply> ask, Predicate<Api.Reply> until) {
    Api.Reply last = null;
    for (int tries = 0; tries < 200; tries++) {
      last = ask.get();
      if (until.test(last)) {
        return last;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("never satisfied; last: " + last.status() + " " + last.body());
  }
}
