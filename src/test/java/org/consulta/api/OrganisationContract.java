package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry of organisations: drafters create, import, edit, confirm and merge; anyone reads the
 * confirmed ones; participants register for one or propose one, and what they write counts for it,
 * through merges.
 */
public interface OrganisationContract extends ConsultationFixture {
  private static String tag() {
    return Long.toHexString(System.nanoTime());
  }

  private static long id(JsonObject organisation) {
    return organisation.getJsonNumber("id").longValue();
  }

  private JsonObject create(Api drafter, String json) {
    return drafter.post("organisations", json).expect(201).json();
  }

  private JsonObject organisation(Api drafter, String name, String acronym, String country) {
    String acronymField = acronym == null ? "" : "\"acronym\": \"" + acronym + "\", ";
    String countryField = country == null ? "" : "\"country\": \"" + country + "\", ";
    return create(
        drafter,
        "{\"name\": \"%s\", %s%s\"sector\": \"civil_society\"}"
            .formatted(name, acronymField, countryField));
  }

  /** Registers a participant with {@code organisation}, a JSON fragment; returns the answer. */
  private Api.Reply register(String username, String organisation) {
    return anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "password": "%s", "email": "%s@example.org", %s
             "country": "PE", "sector": "civil_society"}
            """
                .formatted(username, PASSWORD, username, organisation));
  }

  private List<Long> ids(JsonArray organisations) {
    return organisations.stream().map(v -> id(v.asJsonObject())).toList();
  }

  @Test
  default void aDrafterCreatesEditsAndFindsAnOrganisation() {
    String tag = tag();
    Api drafter = drafter();
    var created =
        drafter
            .post(
                "organisations",
                """
                {"name": "Red Nacional de Mujeres Jueces %s", "names": {"en": "National Network of Women Judges %s"},
                 "acronym": "RNMJ%s", "country": "PE", "sector": "judiciary", "website": "https://rnmj.example.org"}
                """
                    .formatted(tag, tag, tag))
            .expect(201);
    JsonObject org = created.json();
    assertTrue(created.header("Location").endsWith("/organisations/" + id(org)));
    assertEquals("confirmed", org.getString("status"));
    assertEquals("judiciary", org.getString("sector"));
    assertEquals(
        "National Network of Women Judges " + tag, org.getJsonObject("names").getString("en"));

    JsonObject page = anonymous().get(created.header("Location")).expect(200).json();
    assertEquals("PE", page.getString("country"));
    assertEquals(0, page.getJsonObject("counts").getInt("participants"));

    // Found by name without accents or case, by acronym, by its English name, and by filters.
    for (String query :
        List.of(
            "q=red%20nacional%20de%20mujeres%20jueces%20" + tag,
            "q=rnmj" + tag,
            "q=network%20of%20women%20judges%20" + tag,
            "q=" + tag + "&country=PE&sector=judiciary")) {
      var found = anonymous().get("organisations?" + query).expect(200);
      assertEquals(List.of(id(org)), ids(found.array()), query);
      assertEquals("1", found.header("X-Total-Count"));
    }
    assertTrue(
        anonymous().get("organisations?q=" + tag + "&country=MX").expect(200).array().isEmpty());

    JsonObject edited =
        drafter
            .patch(
                "organisations/" + id(org),
                "{\"acronym\": null, \"country\": \"\", \"names\": {\"es\": \"Red %s\"}}"
                    .formatted(tag))
            .expect(200)
            .json();
    assertFalse(edited.containsKey("acronym"), edited.toString());
    assertFalse(edited.containsKey("country"), edited.toString());
    assertEquals("Red " + tag, edited.getJsonObject("names").getString("es"));
    assertFalse(edited.getJsonObject("names").containsKey("en"));
    assertEquals("https://rnmj.example.org", edited.getString("website"));
  }

  @Test
  default void badOrganisationsAreRefusedNamingTheField() {
    Api drafter = drafter();
    String ok = "\"name\": \"Bad %s\", \"sector\": \"academia\"".formatted(tag());
    drafter
        .post("organisations", "{" + ok + ", \"website\": \"ftp://x.org\"}")
        .problem(400, "website");
    drafter
        .post("organisations", "{" + ok + ", \"website\": \"javascript:alert(1)\"}")
        .problem(400, "website");
    drafter.post("organisations", "{" + ok + ", \"country\": \"XX\"}").problem(400, "country");
    drafter
        .post("organisations", "{" + ok + ", \"names\": {\"de\": \"X\"}}")
        .problem(400, "names.de");
    drafter.post("organisations", "{" + ok + ", \"colour\": \"red\"}").problem(400, "colour");
    drafter.post("organisations", "{\"sector\": \"academia\"}").problem(400, "name");
    drafter
        .post("organisations", "{\"name\": \"X\", \"sector\": \"guild\"}")
        .problem(400, "sector");
    drafter.get("organisations/abc").problem(400, "id");
    drafter.get("organisations/999999999").problem(404, "id");
    drafter.get("organisations?sector=guild").problem(400, "sector");
    long id = id(drafter.post("organisations", "{" + ok + "}").expect(201).json());
    drafter.patch("organisations/" + id, "{\"sector\": null}").problem(400, "sector");
    drafter.post("organisations/" + id + "/confirm", "{}").problem(409, "status");
    drafter.post("organisations/" + id + "/merge", "{\"into\": " + id + "}").problem(400, "into");
    drafter.post("organisations/" + id + "/merge", "{}").problem(400, "into");
    drafter.post("organisations/" + id + "/merge", "{\"into\": 999999999}").problem(400, "into");
  }

  @Test
  default void aCsvImportWithAWrongLineCreatesNothingAndListsEveryError() {
    String tag = tag();
    String csv =
        "name,country,sector,website\n"
            + "Buena %s,CO,academia,\n".formatted(tag)
            + "Mala %s,XX,academia,\n".formatted(tag)
            + ",CO,academia,ftp://x\n"
            + "BUENA %s.,CO,academia,\n".formatted(tag);
    JsonObject problem =
        drafter().post("organisations/imports", csv, "text/csv").problem(400, "body");
    List<String> errors =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getInt("line") + ":" + e.getString("field"))
            .toList();
    assertEquals(List.of("3:country", "4:name", "4:website", "5:name"), errors);
    assertEquals(
        "0", anonymous().get("organisations?q=" + tag).expect(200).header("X-Total-Count"));
  }

  @Test
  default void aCsvImportCreatesEveryLineAndSkipsKnownOrganisations() {
    String tag = tag();
    Api drafter = drafter();
    long known = id(organisation(drafter, "Observatorio de Género " + tag, null, "CO"));
    String csv =
        "\uFEFFname,acronym,country,sector,name_en\r\n"
            + "\"Corporación Sisma, Mujer %s\",SM%s,CO,civil_society,\r\n".formatted(tag, tag)
            + "\r\n"
            + "OBSERVATORIO DE GENERO %s,,CO,academia,\r\n".formatted(tag)
            + "Alianza %s,,,international_organisation,Alliance %s\r\n".formatted(tag, tag);
    JsonObject report =
        drafter.post("organisations/imports", csv, "text/csv; charset=utf-8").expect(200).json();
    assertEquals(2, report.getInt("created"), report.toString());
    JsonObject skipped = report.getJsonArray("skipped").getJsonObject(0);
    assertEquals(4, skipped.getInt("line"));
    assertEquals(known, skipped.getJsonNumber("matches").longValue());
    assertEquals(
        List.of(2, 5),
        report.getJsonArray("organisations").stream()
            .map(o -> o.asJsonObject().getInt("line"))
            .toList());
    JsonArray found = anonymous().get("organisations?q=sisma%20mujer%20" + tag).expect(200).array();
    assertEquals("Corporación Sisma, Mujer " + tag, found.getJsonObject(0).getString("name"));
    drafter
        .post("organisations/imports", "name,sector\nX,academia\n", "application/json")
        .problem(400, "Content-Type");
  }

  @Test
  default void likelyDuplicatesAreGrouped() {
    String tag = tag();
    Api drafter = drafter();
    long full = id(organisation(drafter, "Comisión de la Mujer " + tag, "CM" + tag, "AR"));
    long byAcronym = id(organisation(drafter, "C.M." + tag, null, "AR"));
    long sameName = id(organisation(drafter, "COMISION DE LA MUJER " + tag, null, "UY"));
    long elsewhere = id(organisation(drafter, "Otra " + tag, "CM" + tag, "UY"));
    List<List<Long>> groups =
        drafter.get("organisations/duplicates").expect(200).array().stream()
            .map(g -> ids(g.asJsonArray()))
            .filter(g -> g.contains(full) || g.contains(elsewhere))
            .toList();
    // The same name groups across borders; "Otra" shares the acronym only with organisations of
    // another country, so it is in no group.
    assertEquals(List.of(List.of(full, byAcronym, sameName)), groups);
  }

  @Test
  default void aMergeMovesMembersAndContributionsOfTheMergedAndOfWhatWasMergedIntoIt() {
    String tag = tag();
    Api drafter = drafter();
    long older = id(organisation(drafter, "Colectiva " + tag, null, "PE"));
    long merged = id(organisation(drafter, "La Colectiva Feminista " + tag, null, "PE"));
    long into = id(organisation(drafter, "Colectiva Feminista del Perú " + tag, null, "PE"));
    drafter.post("organisations/" + older + "/merge", "{\"into\": " + merged + "}").expect(200);

    String username = "m-" + tag;
    JsonObject participant =
        register(username, "\"organisationId\": %d,".formatted(merged)).expect(201).json();
    assertEquals(merged, participant.getJsonNumber("organisationId").longValue());
    Api member = anonymous().as(username, PASSWORD);
    long round = openRound(newLaw());
    long comment = comment(member, round, "art_1", "Desde la colectiva.");
    JsonObject author =
        member.get("comments/" + comment).expect(200).json().getJsonObject("author");
    assertEquals(merged, author.getJsonNumber("organisationId").longValue());
    assertEquals("La Colectiva Feminista " + tag, author.getString("organisation"));

    JsonObject answer =
        drafter
            .post("organisations/" + merged + "/merge", "{\"into\": " + into + "}")
            .expect(200)
            .json();
    assertEquals("merged", answer.getJsonObject("merged").getString("status"));
    assertEquals(into, answer.getJsonObject("merged").getJsonNumber("mergedInto").longValue());
    assertEquals(
        List.of(older),
        answer.getJsonArray("alsoMoved").stream().map(v -> Long.parseLong(v.toString())).toList());
    assertEquals(1, answer.getInt("participants"));
    assertEquals(1, answer.getInt("contributions"));

    author = member.get("comments/" + comment).expect(200).json().getJsonObject("author");
    assertEquals(into, author.getJsonNumber("organisationId").longValue());
    assertEquals("Colectiva Feminista del Perú " + tag, author.getString("organisation"));
    assertEquals(
        into,
        member
            .get("participants/me")
            .expect(200)
            .json()
            .getJsonNumber("organisationId")
            .longValue());
    JsonObject counts =
        anonymous().get("organisations/" + into).expect(200).json().getJsonObject("counts");
    assertEquals(1, counts.getInt("participants"));
    assertEquals(1, counts.getInt("contributions"));
    assertEquals(
        into,
        drafter
            .get("organisations/" + older)
            .expect(200)
            .json()
            .getJsonNumber("mergedInto")
            .longValue());

    drafter
        .post("organisations/" + older + "/merge", "{\"into\": " + into + "}")
        .problem(409, "id");
    drafter
        .post("organisations/" + into + "/merge", "{\"into\": " + merged + "}")
        .problem(400, "into");
    drafter.patch("organisations/" + merged, "{\"name\": \"X\"}").problem(409, "id");
    register("n-" + tag, "\"organisationId\": %d,".formatted(merged))
        .problem(400, "organisationId");
  }

  @Test
  default void registrationProposesANewOrganisationOrLinksToTheKnownOne() {
    String tag = tag();
    JsonObject first =
        register("a-" + tag, "\"organisation\": \"Mujeres en Red %s\",".formatted(tag))
            .expect(201)
            .json();
    assertEquals("proposed", first.getString("organisationStatus"));
    long proposed = first.getJsonNumber("organisationId").longValue();
    JsonObject second =
        register("b-" + tag, "\"organisation\": \"MUJERES EN RED %s.\",".formatted(tag))
            .expect(201)
            .json();
    assertEquals(proposed, second.getJsonNumber("organisationId").longValue());
    JsonObject alone = register("c-" + tag, "").expect(201).json();
    assertFalse(alone.containsKey("organisationId"), alone.toString());

    anonymous().get("organisations/" + proposed).problem(404, "id");
    assertTrue(anonymous().get("organisations?q=" + tag).expect(200).array().isEmpty());
    anonymous().get("organisations?status=proposed").problem(403, "status");
    Api drafter = drafter();
    JsonObject seen = drafter.get("organisations/" + proposed).expect(200).json();
    assertEquals("PE", seen.getString("country"));
    assertEquals("civil_society", seen.getString("sector"));
    assertEquals(2, seen.getJsonObject("counts").getInt("participants"));
    assertEquals(
        List.of(proposed),
        ids(drafter.get("organisations?status=proposed&q=" + tag).expect(200).array()));

    JsonObject confirmed =
        drafter.post("organisations/" + proposed + "/confirm", "{}").expect(200).json();
    assertEquals("confirmed", confirmed.getString("status"));
    assertEquals(
        List.of(proposed), ids(anonymous().get("organisations?q=" + tag).expect(200).array()));

    register("d-" + tag, "\"organisationId\": %d, \"organisation\": \"X\",".formatted(proposed))
        .problem(400, "organisation");
    register("e-" + tag, "\"organisationId\": 999999999,").problem(400, "organisationId");
    register("f-" + tag, "\"organisationId\": \"one\",").problem(400, "organisationId");
  }

  @Test
  default void onlyDraftersChangeTheRegistry() {
    Api participant = participant();
    participant.post("organisations", "{\"name\": \"X\", \"sector\": \"academia\"}").expect(403);
    participant.post("organisations/imports", "name,sector\nX,academia\n", "text/csv").expect(403);
    anonymous().get("organisations/duplicates").expect(401);
    Api adminOnly = anonymous().as(newAccount("admin", PASSWORD, "admin"), PASSWORD);
    adminOnly.post("organisations/999999998/merge", "{\"into\": 999999999}").expect(403);
  }
}
