package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public docket: who reads which contributions (anonymous: the published; a participant: their
 * own and the published; drafters: all), withdrawing, un-hiding and the history that keeps both.
 */
public interface DocketContract extends ConsultationFixture {

  /** A new organisation of the registry, created by a drafter; returns its id. */
  default long newOrganisation(String name) {
    return admin()
        .post("organisations", "{\"name\": \"%s\", \"sector\": \"civil_society\"}".formatted(name))
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** A newly registered participant who speaks for {@code organisation}, logged in. */
  default Api member(long organisation, String country, String sector) {
    String username = "m-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Member %s", "password": "%s",
             "email": "%s@example.org", "organisationId": %d, "country": "%s", "sector": "%s"}
            """
                .formatted(username, username, PASSWORD, username, organisation, country, sector))
        .expect(201);
    return anonymous().as(username, PASSWORD);
  }

  /** A round open from now for a day whose contributions are published. */
  default long publishingRound(String slug) {
    long round = openRound(slug);
    var changed =
        admin()
            .patch("laws/" + slug + "/consultations/" + round, "{\"publishesContributions\": true}")
            .expect(200)
            .json();
    assertTrue(changed.getBoolean("publishesContributions"));
    return round;
  }

  @Test
  default void eachRoleReadsWhatIsPublishedAndWhatIsTheirs() {
    String slug = newLaw();
    long round = publishingRound(slug);
    Api mexico = participant("MX", "civil_society");
    Api peru = participant("PE", "academia");
    long open = comment(mexico, round, "art_1", "Publicado uno.");
    long other = comment(peru, round, "art_2", "Publicado dos.");
    long hidden = comment(peru, round, "art_2", "Oculto.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Fuera de tema.\"}").expect(200);
    long withdrawn = comment(mexico, round, "art_1", "Retirado.");
    mexico.post("comments/" + withdrawn + "/withdraw", "").expect(200);

    String list = "consultations/" + round + "/comments";
    assertEquals(Set.of("Publicado uno.", "Publicado dos."), texts(anonymous().get(list).array()));
    assertEquals(
        Set.of("Publicado uno.", "Publicado dos.", "Retirado."), texts(mexico.get(list).array()));
    assertEquals(
        Set.of("Publicado uno.", "Publicado dos.", "Oculto."), texts(peru.get(list).array()));
    assertEquals(4, admin().get(list).array().size());

    JsonObject read = anonymous().get("comments/" + open).expect(200).json();
    assertEquals("Publicado uno.", read.getString("text"));
    assertFalse(read.getJsonObject("author").containsKey("username"), read.toString());
    assertEquals(
        "Participant", read.getJsonObject("author").getString("displayName").split(" ")[0]);
    anonymous().get("comments/" + hidden).problem(404, "comment");
    anonymous().get("comments/" + withdrawn).problem(404, "comment");
    mexico.get("comments/" + hidden).problem(404, "comment");
    peru.get("comments/" + withdrawn).problem(404, "comment");
    assertEquals(200, peru.get("comments/" + open).status());
    // Reading a published thread is not taking part in it.
    peru.post("comments/" + open + "/replies", "{\"text\": \"Yo también.\"}")
        .problem(403, "comment");

    JsonObject docket = anonymous().get("consultations/" + round + "/docket").expect(200).json();
    assertTrue(docket.getBoolean("publishesContributions"));
    JsonObject page = docket.getJsonObject("contributions");
    assertEquals(2, page.getInt("total"));
    assertEquals(1, page.getJsonObject("byArticle").getInt("art_1"));
    assertEquals(1, page.getJsonObject("byArticle").getInt("art_2"));
    String shown = page.toString();
    assertFalse(shown.contains("username") || shown.contains("@example.org"), shown);
    assertFalse(shown.contains("Oculto.") || shown.contains("Retirado."), shown);
    // Every reader of the docket reads the same list.
    assertEquals(
        page, admin().get("consultations/" + round + "/docket").json().get("contributions"));
    assertEquals(List.of(open, other), ids(page.getJsonArray("items")));
  }

  @Test
  default void aRoundThatDoesNotPublishShowsNothingToThePublic() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Privado.");
    assertEquals(0, anonymous().get("consultations/" + round + "/comments").array().size());
    anonymous().get("comments/" + id).problem(404, "comment");
    assertEquals(0, participant().get("consultations/" + round + "/comments").array().size());
    JsonObject docket = anonymous().get("consultations/" + round + "/docket").expect(200).json();
    assertFalse(docket.getBoolean("publishesContributions"));
    assertEquals(0, docket.getJsonObject("contributions").getInt("total"));
    assertEquals(1, author.get("consultations/" + round + "/comments").array().size());
    assertEquals(1, admin().get("consultations/" + round + "/comments").array().size());
    anonymous().get("consultations/999999999/docket").problem(404, "consultation");
  }

  @Test
  default void theDocketFiltersAndShowsTheDraftersAnswers() {
    String slug = newLaw();
    long round = publishingRound(slug);
    Api mexico = participant("MX", "civil_society");
    long organisation = newOrganisation("Red de Juristas " + System.nanoTime());
    Api peru = member(organisation, "PE", "academia");
    long first = comment(mexico, round, "art_1", "Uno.");
    long second = comment(peru, round, "art_1", "Dos.");
    long third = comment(peru, round, "art_3", "Tres.");
    admin()
        .put(
            "comments/" + first + "/disposition",
            "{\"disposition\": \"accepted\", \"response\": \"Se incorpora.\"}",
            null)
        .expect(200);

    String docket = "consultations/" + round + "/docket";
    assertEquals(List.of(first, second), ids(anonymous().get(docket + "?article=art_1")));
    assertEquals(List.of(second, third), ids(anonymous().get(docket + "?country=PE")));
    assertEquals(List.of(first), ids(anonymous().get(docket + "?sector=civil_society")));
    assertEquals(
        List.of(second, third), ids(anonymous().get(docket + "?organisation=" + organisation)));
    assertEquals(List.of(third), ids(anonymous().get(docket + "?country=PE&article=art_3")));
    assertEquals(List.of(), ids(anonymous().get(docket + "?page=2")));

    JsonObject answered =
        anonymous()
            .get(docket + "?article=art_1")
            .json()
            .getJsonObject("contributions")
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("accepted", answered.getJsonObject("answer").getString("disposition"));
    assertEquals("Se incorpora.", answered.getJsonObject("answer").getString("response"));
    assertFalse(answered.getJsonObject("answer").containsKey("by"), answered.toString());
    assertEquals("MX", answered.getString("country"));
    assertEquals("civil_society", answered.getString("sector"));
    assertEquals("Org MX", answered.getJsonObject("organisation").getString("name"));

    anonymous().get(docket + "?sector=ministry").problem(400, "sector");
    anonymous().get(docket + "?page=0").problem(400, "page");
    anonymous().get(docket + "?organisation=x").problem(400, "organisation");
  }

  @Test
  default void aMeetingContributionIsPublishedOnlyWhenTheRapporteurSaysSo() {
    String slug = newLaw();
    long round = publishingRound(slug);
    long online = comment(participant("AR", "academia"), round, "art_1", "En línea.");
    long meeting =
        admin()
            .post(
                "consultations/" + round + "/meetings",
                """
                {"title": "Reunión de Bogotá", "startsAt": "2026-03-10T09:00",
                 "timeZone": "America/Bogota", "place": "Bogotá", "organiser": "CIM",
                 "lang": "es"}
                """)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    String said =
        """
        {"article": "art_2", "lang": "es", "text": "%s", "publishable": %s,
         "speaker": {"name": "%s", "country": "CO", "sector": "judiciary"}}
        """;
    String contributions = "consultations/" + round + "/meetings/" + meeting + "/contributions";
    long spoken =
        admin()
            .post(contributions, said.formatted("Dicho en sala.", true, "Jueza Rojas"))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long offTheRecord =
        admin()
            .post(contributions, said.formatted("Fuera de acta.", false, "Juez Díaz"))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();

    String docket = "consultations/" + round + "/docket";
    assertEquals(List.of(online, spoken), ids(anonymous().get(docket)));
    assertEquals(List.of(spoken), ids(anonymous().get(docket + "?channel=meeting")));
    assertEquals(List.of(online), ids(anonymous().get(docket + "?channel=online")));
    assertEquals(List.of(spoken), ids(anonymous().get(docket + "?country=CO")));
    JsonObject entry =
        anonymous()
            .get(docket + "?channel=meeting")
            .json()
            .getJsonObject("contributions")
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("Jueza Rojas", entry.getString("author"));
    assertEquals("judiciary", entry.getString("sector"));
    assertEquals("Reunión de Bogotá", entry.getString("meeting"));
    anonymous().get("comments/" + offTheRecord).problem(404, "comment");
    assertFalse(anonymous().get("comments/" + spoken).json().containsKey("recordedBy"));
    assertEquals(3, admin().get("consultations/" + round + "/comments").array().size());
    anonymous().get(docket + "?channel=fax").problem(400, "channel");
  }

  @Test
  default void anOrganisationsPublicContributionsSpanRoundsAndLaws() {
    long firstRound = publishingRound(newLaw());
    long secondRound = publishingRound(newLaw());
    long privateRound = openRound(newLaw());
    long organisation = newOrganisation("Colectiva " + System.nanoTime());
    Api member = member(organisation, "CO", "civil_society");
    long one = comment(member, firstRound, "art_1", "En la primera ronda.");
    long two = comment(member, secondRound, "art_2", "En la segunda ronda.");
    long hidden = comment(member, secondRound, "art_3", "Oculto.");
    comment(member, privateRound, "art_1", "En una ronda privada.");
    // Someone who speaks for another organisation: nothing of theirs is listed.
    comment(participant("CO", "civil_society"), firstRound, "art_2", "Por mi cuenta.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Spam.\"}").expect(200);

    JsonObject answer =
        anonymous().get("organisations/" + organisation + "/contributions").expect(200).json();
    assertEquals(organisation, answer.getJsonNumber("organisation").longValue());
    JsonArray items = answer.getJsonObject("contributions").getJsonArray("items");
    assertEquals(List.of(one, two), ids(items));
    assertEquals(
        List.of(firstRound, secondRound),
        items.stream()
            .map(i -> i.asJsonObject().getJsonNumber("consultation").longValue())
            .toList());
    assertEquals(organisation, items.getJsonObject(0).getJsonObject("organisation").getInt("id"));
    anonymous().get("organisations/999999999/contributions").problem(404, "organisation");
  }

  @Test
  default void withdrawingKeepsTheTextInTheHistoryAndIsFinal() {
    String slug = newLaw();
    long round = publishingRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Primera versión.");
    author.put("comments/" + id, "{\"text\": \"Segunda versión.\"}", null).expect(200);
    participant().post("comments/" + id + "/withdraw", "").problem(403, "comment");
    admin().post("comments/" + id + "/withdraw", "").problem(403, null);
    JsonObject withdrawn = author.post("comments/" + id + "/withdraw", "").expect(200).json();
    assertTrue(withdrawn.containsKey("withdrawnAt"), withdrawn.toString());
    assertEquals("Segunda versión.", withdrawn.getString("text"));

    author.post("comments/" + id + "/withdraw", "").problem(409, "comment");
    author.put("comments/" + id, "{\"text\": \"Tercera.\"}", null).problem(409, "comment");
    JsonArray history = author.get("comments/" + id + "/history").expect(200).array();
    assertEquals(List.of("submitted", "edited", "withdrawn"), kinds(history));
    assertEquals("Primera versión.", history.getJsonObject(0).getString("text"));
    assertEquals("author", history.getJsonObject(2).getString("role"));
    assertEquals(history, admin().get("comments/" + id + "/history").array());

    assertEquals(
        0,
        anonymous()
            .get("consultations/" + round + "/docket")
            .json()
            .getJsonObject("contributions")
            .getInt("total"));
    JsonObject report = admin().get("consultations/" + round + "/report").expect(200).json();
    assertEquals(0, report.getJsonObject("totals").getInt("unanswered"), report.toString());
    assertEquals(0, report.getJsonArray("unanswered").size());
  }

  @Test
  default void draftersUnhideWhatTheyHidAndTheHistoryKeepsBoth() {
    String slug = newLaw();
    long round = publishingRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_2", "Molesto pero legítimo.");
    admin().post("comments/" + id + "/unhide", "{}").problem(409, "comment");
    admin().post("comments/" + id + "/hide", "{\"reason\": \"Parecía spam.\"}").expect(200);
    assertEquals(0, docketTotal(round));
    author.post("comments/" + id + "/unhide", "{}").problem(403, null);
    anonymous().post("comments/" + id + "/unhide", "{}").expect(401);
    JsonObject shown =
        admin()
            .post("comments/" + id + "/unhide", "{\"reason\": \"Revisado: no es spam.\"}")
            .expect(200)
            .json();
    assertFalse(shown.containsKey("hidden"), shown.toString());
    assertEquals(1, docketTotal(round));

    JsonArray history = admin().get("comments/" + id + "/history").expect(200).array();
    assertEquals(List.of("submitted", "hidden", "unhidden"), kinds(history));
    assertEquals("Parecía spam.", history.getJsonObject(1).getString("reason"));
    assertEquals("Revisado: no es spam.", history.getJsonObject(2).getString("reason"));
    assertEquals("drafter", history.getJsonObject(1).getString("role"));
    JsonArray seen = anonymous().get("comments/" + id + "/history").expect(200).array();
    assertEquals(List.of("submitted", "hidden", "unhidden"), kinds(seen));
    assertFalse(seen.getJsonObject(1).containsKey("reason"), seen.toString());
    assertFalse(seen.getJsonObject(1).containsKey("by"), seen.toString());
  }

  @Test
  default void aClosedRoundRefusesWithdrawal() {
    String slug = newLaw();
    long round = publishingRound(slug);
    Api author = participant();
    long id = comment(author, round, "art_1", "Antes del cierre.");
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"status\": \"closed\"}")
        .expect(200);
    author.post("comments/" + id + "/withdraw", "").problem(409, "consultation");
    assertEquals(1, docketTotal(round));
    assertEquals(List.of("submitted"), kinds(author.get("comments/" + id + "/history").array()));
  }

  private int docketTotal(long round) {
    return anonymous()
        .get("consultations/" + round + "/docket")
        .expect(200)
        .json()
        .getJsonObject("contributions")
        .getInt("total");
  }

  private static Set<String> texts(JsonArray comments) {
    return comments.stream()
        .map(c -> c.asJsonObject().getString("text"))
        .collect(Collectors.toSet());
  }

  private static List<Long> ids(Api.Reply docket) {
    return ids(docket.expect(200).json().getJsonObject("contributions").getJsonArray("items"));
  }

  private static List<Long> ids(JsonArray items) {
    return items.stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private static List<String> kinds(JsonArray history) {
    return history.stream().map(JsonValue::asJsonObject).map(e -> e.getString("kind")).toList();
  }
}
