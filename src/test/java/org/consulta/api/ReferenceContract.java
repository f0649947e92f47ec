package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References from model-law articles to national provisions: linked by drafters with a note, read
 * by everyone, kept through edits, moves and deletion, and compared country by country.
 */
public interface ReferenceContract extends LegislationFixture, ConsultationFixture {
  /** Provisions of their own: two Chilean instruments (2010, 2020) and a Peruvian one (2015). */
  private String provisions() {
    String tag = Long.toHexString(System.nanoTime());
    String body =
        String.join(
            "\n",
            line("cl/ley-" + tag, "1", "Ley de paridad 2020", "La paridad es obligatoria."),
            line("cl/ley-" + tag, "2", "Ley de paridad 2020", "Larga " + "palabra ".repeat(80)),
            line("cl/cod-" + tag, "9", "Código electoral 2010", "Las listas alternan."),
            line("pe/ley-" + tag, "3", "Ley de alternancia 2015", "Se garantiza la alternancia."));
    JsonObject job = imported("legislation/imports", body, "application/x-ndjson");
    assertEquals(4, job.getInt("inserted"), job.toString());
    return tag;
  }

  /** A Spanish provision of {@code instrument}, whose title ends with its year. */
  private static String line(String instrument, String label, String title, String text) {
    String country = instrument.substring(0, 2);
    String year = title.substring(title.length() - 4);
    return """
        {"id": "%s/es/%s/art-%s", "country": "%s", "language": "es", "instrument_id": "%s", "instrument_title": "%s", "instrument_type": "law", "instrument_number": "%s", "year": %s, "in_force": true, "provision_label": "%s", "text": "%s", "source_url": "https://example.org/%s", "licence": "test"}"""
        .formatted(
            country,
            instrument.substring(3),
            label,
            country.toUpperCase(),
            instrument,
            title,
            year.substring(2),
            year,
            label,
            text,
            instrument);
  }

  private static String path(String slug, String eId) {
    return "laws/" + slug + "/articles/" + eId + "/references";
  }

  private static String link(String provision, String note) {
    return note == null
        ? "{\"provision\": \"%s\"}".formatted(provision)
        : "{\"provision\": \"%s\", \"note\": \"%s\"}".formatted(provision, note);
  }

  @Test
  default void aDrafterLinksAnnotatesAndUnlinksAProvision() {
    String slug = newLaw();
    String tag = provisions();
    Api drafter = drafter();
    String provision = "cl/es/ley-" + tag + "/art-2";
    var created = drafter.post(path(slug, "art_1"), link(provision, "Same duty.")).expect(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertTrue(created.header("Location").endsWith(path(slug, "art_1") + "/" + id));
    assertEquals(
        provision,
        anonymous()
            .get(created.header("Location"))
            .expect(200)
            .json()
            .getJsonObject("provision")
            .getString("id"));

    JsonObject list = anonymous().get(path(slug, "art_1")).expect(200).json();
    assertFalse(list.getBoolean("deleted"));
    JsonObject reference = list.getJsonArray("references").getJsonObject(0);
    assertEquals("Same duty.", reference.getString("note"));
    assertTrue(reference.getString("createdBy").startsWith("drafter-"));
    assertTrue(reference.containsKey("createdAt"));
    JsonObject linked = reference.getJsonObject("provision");
    assertEquals(
        List.of(provision, "2", "es", "test", "https://example.org/cl/ley-" + tag),
        List.of(
            linked.getString("id"),
            linked.getString("label"),
            linked.getString("lang"),
            linked.getString("licence"),
            linked.getString("sourceUrl")));
    assertTrue(linked.getBoolean("excerpt"));
    assertTrue(linked.getString("text").length() <= 302, linked.getString("text"));
    JsonObject instrument = reference.getJsonObject("instrument");
    assertEquals(
        List.of("cl/ley-" + tag, "CL", "Ley de paridad 2020", "law", "20"),
        List.of(
            instrument.getString("id"),
            instrument.getString("country"),
            instrument.getString("title"),
            instrument.getString("type"),
            instrument.getString("number")));
    assertEquals(2020, instrument.getInt("year"));

    String etag = created.json().getString("etag");
    assertEquals(etag, created.header("ETag"));
    assertEquals(etag, reference.getString("etag"));
    assertEquals(etag, anonymous().get(created.header("Location")).expect(200).header("ETag"));
    var patched =
        drafter
            .withHeader("If-Match", etag)
            .patch(path(slug, "art_1") + "/" + id, "{\"note\": \"Stricter.\"}")
            .expect(200);
    JsonObject changed = patched.json();
    assertEquals("Stricter.", changed.getString("note"));
    assertTrue(changed.containsKey("changedAt"));
    String changedTag = changed.getString("etag");
    assertFalse(changedTag.equals(etag), "a changed note is a new state");
    assertEquals(changedTag, patched.header("ETag"));
    assertEquals(
        changedTag,
        anonymous().get(created.header("Location")).expect(200).header("ETag"),
        "the tag a change answers is the one a later read gives");
    drafter.withHeader("If-Match", changedTag).delete(path(slug, "art_1") + "/" + id).expect(204);
    assertEquals(0, anonymous().get(path(slug, "art_1")).json().getJsonArray("references").size());
    drafter
        .withHeader("If-Match", changedTag)
        .delete(path(slug, "art_1") + "/" + id)
        .problem(404, "id");
    drafter
        .withHeader("If-Match", changedTag)
        .patch(path(slug, "art_1") + "/" + id, "{\"note\": \"x\"}")
        .problem(404, "id");
  }

  @Test
  default void aChangeOrRemovalNamesTheStateItWasBasedOn() {
    String slug = newLaw();
    String tag = provisions();
    String reference = path(slug, "art_3") + "/";
    JsonObject created =
        drafter()
            .post(path(slug, "art_3"), link("pe/es/ley-" + tag + "/art-3", "First."))
            .expect(201)
            .json();
    reference += created.getJsonNumber("id").longValue();
    String read = created.getString("etag");
    drafter()
        .patch(reference, "{\"note\": \"x\"}")
        .problem(428, "If-Match", "precondition-required");
    drafter().delete(reference).problem(428, "If-Match", "precondition-required");

    // Another drafter changes the note: what the first one read is stale now.
    String other =
        admin()
            .withHeader("If-Match", read)
            .patch(reference, "{\"note\": \"Second.\"}")
            .expect(200)
            .json()
            .getString("etag");
    drafter()
        .withHeader("If-Match", read)
        .patch(reference, "{\"note\": \"Lost update.\"}")
        .problem(412, "If-Match", "stale");
    drafter().withHeader("If-Match", read).delete(reference).problem(412, "If-Match", "stale");
    drafter()
        .withHeader("If-Match", "\"es-1\"")
        .delete(reference)
        .problem(412, "If-Match", "stale");
    JsonObject kept = anonymous().get(reference).expect(200).json();
    assertEquals(
        List.of("Second.", other), List.of(kept.getString("note"), kept.getString("etag")));

    // An emptied note is removed, and the removal is audited with the change before it.
    JsonObject emptied =
        drafter()
            .withHeader("If-Match", other)
            .patch(reference, "{\"note\": \"\"}")
            .expect(200)
            .json();
    assertFalse(emptied.containsKey("note") && !emptied.isNull("note"), emptied.toString());
    drafter().withHeader("If-Match", emptied.getString("etag")).delete(reference).expect(204);
    var audited =
        admin()
            .get("audit?path=" + encoded("/api/" + reference) + "&limit=10")
            .expect(200)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("method") + " " + e.getInt("status"))
            .toList();
    assertEquals("DELETE 204", audited.get(0), audited.toString());
    assertTrue(audited.contains("PATCH 200") && audited.contains("PATCH 412"), audited.toString());
  }

  private static String encoded(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  default void badLinksAreProblemsNamingTheField() {
    String slug = newLaw();
    String tag = provisions();
    String provision = "pe/es/ley-" + tag + "/art-3";
    JsonObject created =
        admin().post(path(slug, "art_2"), link(provision, null)).expect(201).json();
    long id = created.getJsonNumber("id").longValue();
    admin().post(path(slug, "art_2"), link(provision, "again")).problem(409, "provision");
    admin()
        .post(path(slug, "art_2"), link("pe/es/none-" + tag + "/art-1", null))
        .problem(404, "provision");
    admin().post(path(slug, "art_2"), "{\"note\": \"x\"}").problem(400, "provision");
    admin().post(path(slug, "art_2"), link(provision, "x".repeat(4001))).problem(400, "note");
    admin().post(path(slug, "art_2"), "{\"provision\": \"x\", \"page\": 1}").problem(400, "page");
    admin().patch(path(slug, "art_2") + "/" + id, "{}").problem(400, "note");
    admin().patch(path(slug, "art_2") + "/" + id, "{\"note\": \"x\"}").problem(428, "If-Match");
    admin().patch(path(slug, "art_2") + "/abc", "{\"note\": \"x\"}").problem(400, "id");
    admin().post(path(slug, "art_9"), link(provision, null)).problem(404, "eId");
    anonymous().get("laws/no-such-law/articles/art_1/references").problem(404, "law");
    // another article's reference is not this article's
    admin()
        .withHeader("If-Match", created.getString("etag"))
        .delete(path(slug, "art_1") + "/" + id)
        .problem(404, "id");
  }

  @Test
  default void onlyDraftersWriteAndEveryoneReads() {
    String slug = newLaw();
    String tag = provisions();
    String provision = "cl/es/cod-" + tag + "/art-9";
    anonymous().post(path(slug, "art_1"), link(provision, null)).expect(401);
    participant().post(path(slug, "art_1"), link(provision, null)).expect(403);
    long id =
        drafter()
            .post(path(slug, "art_1"), link(provision, null))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    anonymous().patch(path(slug, "art_1") + "/" + id, "{\"note\": \"x\"}").expect(401);
    participant().patch(path(slug, "art_1") + "/" + id, "{\"note\": \"x\"}").expect(403);
    anonymous().delete(path(slug, "art_1") + "/" + id).expect(401);
    participant().delete(path(slug, "art_1") + "/" + id).expect(403);
    assertEquals(
        1,
        participant()
            .get(path(slug, "art_1"))
            .expect(200)
            .json()
            .getJsonArray("references")
            .size());
  }

  @Test
  default void theComparativeViewGroupsProvisionsByCountry() {
    String slug = newLaw();
    String tag = provisions();
    Api drafter = drafter();
    drafter
        .post(path(slug, "art_2"), link("pe/es/ley-" + tag + "/art-3", "Alternation."))
        .expect(201);
    drafter.post(path(slug, "art_2"), link("cl/es/cod-" + tag + "/art-9", null)).expect(201);
    drafter.post(path(slug, "art_2"), link("cl/es/ley-" + tag + "/art-2", null)).expect(201);
    drafter.post(path(slug, "art_2"), link("cl/es/ley-" + tag + "/art-1", null)).expect(201);
    drafter.post(path(slug, "art_3"), link("cl/es/ley-" + tag + "/art-1", null)).expect(201);

    JsonObject view =
        anonymous().get("laws/" + slug + "/articles/art_2/comparative?lang=en").expect(200).json();
    JsonObject article = view.getJsonObject("article");
    assertEquals(
        List.of("art_2", "Definitions"),
        List.of(article.getString("eId"), article.getString("heading")));
    assertEquals(2, article.getInt("number"));
    assertTrue(article.getString("text").startsWith("1. Parity is equality."));
    assertEquals(4, view.getInt("total"));
    var countries = view.getJsonArray("countries").getValuesAs(JsonObject.class);
    assertEquals(List.of("CL", "PE"), countries.stream().map(c -> c.getString("country")).toList());
    assertEquals(
        List.of("Chile", "Peru"), countries.stream().map(c -> c.getString("name")).toList());
    assertEquals(3, countries.get(0).getInt("count"));
    var chile = countries.get(0).getJsonArray("instruments").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("cl/ley-" + tag, "cl/cod-" + tag),
        chile.stream().map(i -> i.getString("id")).toList(),
        "newest first");
    assertEquals("Ley de paridad 2020", chile.get(0).getJsonObject("titles").getString("es"));
    var laws = chile.get(0).getJsonArray("provisions").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("2", "1"),
        laws.stream().map(p -> p.getJsonObject("provision").getString("label")).toList(),
        "in the order linked");
    assertFalse(laws.get(0).getJsonObject("provision").getBoolean("excerpt"));
    JsonObject peru =
        countries
            .get(1)
            .getJsonArray("instruments")
            .getJsonObject(0)
            .getJsonArray("provisions")
            .getJsonObject(0);
    assertEquals("Alternation.", peru.getString("note"));

    JsonObject overview =
        anonymous().get("laws/" + slug + "/references?lang=es").expect(200).json();
    assertEquals(5, overview.getInt("total"));
    var articles = overview.getJsonArray("articles").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("art_1", "art_2", "art_3"),
        articles.stream().map(a -> a.getString("eId")).toList());
    assertEquals(0, articles.get(0).getInt("total"));
    assertEquals(
        List.of("CL:3", "PE:1"),
        articles.get(1).getJsonArray("countries").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("country") + ":" + c.getInt("count"))
            .toList());
    var chileOfArticle2 =
        articles
            .get(1)
            .getJsonArray("countries")
            .getJsonObject(0)
            .getJsonArray("provisions")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "cl/es/cod-" + tag + "/art-9",
            "cl/es/ley-" + tag + "/art-2",
            "cl/es/ley-" + tag + "/art-1"),
        chileOfArticle2.stream().map(p -> p.getString("id")).toList(),
        "each country's provisions in the order linked");
    JsonObject code = chileOfArticle2.get(0);
    assertEquals(
        List.of("9", "es", "Código electoral 2010", "CL"),
        List.of(
            code.getString("label"),
            code.getString("lang"),
            code.getJsonObject("instrument").getString("title"),
            code.getJsonObject("instrument").getString("country")));
    assertTrue(code.getJsonNumber("reference").longValue() > 0);
    assertFalse(
        code.containsKey("text"),
        "the overview names provisions; the comparative view quotes them");
    JsonObject chileTotal = overview.getJsonArray("countries").getJsonObject(0);
    assertEquals(
        List.of("CL", "Chile"),
        List.of(chileTotal.getString("country"), chileTotal.getString("name")));
    assertEquals(
        List.of(4, 2), List.of(chileTotal.getInt("references"), chileTotal.getInt("articles")));
  }

  @Test
  default void aReferenceFollowsItsArticleThroughEditMoveAndDeletion() {
    String slug = newLaw();
    String tag = provisions();
    String provision = "cl/es/ley-" + tag + "/art-1";
    admin().post(path(slug, "art_1"), link(provision, "Grounds it.")).expect(201);
    edit(slug, "art_1", "La Ley garantiza la paridad efectiva.");
    admin().post("laws/" + slug + "/articles/art_1/move", "{\"after\": \"art_3\"}").expect(200);
    assertEquals(
        200,
        anonymous().get("laws/" + slug + "/articles/art_1?lang=es").status(),
        "the articles resource still answers beside the references resources");

    JsonObject moved =
        anonymous().get("laws/" + slug + "/articles/art_1/comparative?lang=es").expect(200).json();
    assertEquals(3, moved.getJsonObject("article").getInt("number"));
    assertEquals(
        "La Ley garantiza la paridad efectiva.", moved.getJsonObject("article").getString("text"));
    assertEquals(1, moved.getInt("total"));
    assertEquals(
        provision,
        moved
            .getJsonArray("countries")
            .getJsonObject(0)
            .getJsonArray("instruments")
            .getJsonObject(0)
            .getJsonArray("provisions")
            .getJsonObject(0)
            .getJsonObject("provision")
            .getString("id"));

    admin().delete("laws/" + slug + "/articles/art_1").expect(204);
    JsonObject kept = anonymous().get(path(slug, "art_1")).expect(200).json();
    assertTrue(kept.getBoolean("deleted"));
    assertEquals("Grounds it.", kept.getJsonArray("references").getJsonObject(0).getString("note"));
    JsonObject deleted =
        anonymous().get("laws/" + slug + "/articles/art_1/comparative?lang=es").expect(200).json();
    assertTrue(deleted.getJsonObject("article").getBoolean("deleted"));
    assertFalse(deleted.getJsonObject("article").containsKey("number"));
    admin()
        .post(path(slug, "art_1"), link("cl/es/ley-" + tag + "/art-2", null))
        .problem(410, "eId");
    var overview =
        anonymous()
            .get("laws/" + slug + "/references")
            .expect(200)
            .json()
            .getJsonArray("articles")
            .getValuesAs(JsonObject.class);
    JsonObject last = overview.get(overview.size() - 1);
    assertEquals(
        List.of("art_1", "true", "1"),
        List.of(
            last.getString("eId"),
            String.valueOf(last.getBoolean("deleted")),
            String.valueOf(last.getInt("total"))));
  }
}
