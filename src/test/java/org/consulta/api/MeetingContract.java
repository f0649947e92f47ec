package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Meetings of a round, and what rapporteurs record there: described, attended, anchored and
 * answered like online comments, counted by channel and meeting.
 */
public interface MeetingContract extends ConsultationFixture {
  String MEETING =
      """
      {"title": "Reunión de Bogotá", "startsAt": "2026-03-10T09:30", "timeZone": "America/Bogota",
       "place": "Bogotá", "organiser": "Comisión", "lang": "es"}
      """;

  @Test
  default void aMeetingKeepsItsInstantAndShowsItsLocalTimeAndAttendance() {
    String slug = newLaw();
    long round = openRound(slug);
    String ana = registered("CO", "government");
    long org = organisation("Ministerio de la Mujer", "CO");
    Api drafter = drafter();
    var created =
        drafter
            .post(
                meetings(round),
                """
                {"title": "Reunión de Bogotá", "startsAt": "2026-03-10T09:30",
                 "timeZone": "America/Bogota", "place": "Bogotá", "organiser": "Comisión",
                 "lang": "es", "attendance": {"participants": ["%s"],
                   "organisations": [{"id": %d}],
                   "headCounts": [{"sector": "parliament", "country": "CO", "people": 12},
                                  {"sector": "civil_society", "country": "PE", "people": 3}]}}
                """
                    .formatted(ana, org))
            .expect(201);
    JsonObject meeting = created.json();
    long id = meeting.getJsonNumber("id").longValue();
    assertTrue(created.header("Location").endsWith(meetings(round) + "/" + id));
    assertEquals("2026-03-10T14:30:00Z", meeting.getString("startsAt"));
    assertEquals("2026-03-10T09:30:00", meeting.getString("localStart"));
    assertEquals("America/Bogota", meeting.getString("timeZone"));
    assertEquals("-05:00", meeting.getString("utcOffset"));
    assertFalse(meeting.getBoolean("virtual"));
    JsonObject attendance = meeting.getJsonObject("attendance");
    assertEquals(
        ana, attendance.getJsonArray("participants").getJsonObject(0).getString("username"));
    assertTrue(
        attendance
            .getJsonArray("organisations")
            .getJsonObject(0)
            .getString("name")
            .startsWith("Ministerio de la Mujer"));
    assertEquals(16, attendance.getInt("people"));

    // Everyone reads when, where and who came, but not the names of the people.
    for (Api reader : List.of(anonymous(), participant())) {
      JsonObject seen = reader.get(meetings(round) + "/" + id).expect(200).json();
      assertEquals(1, seen.getJsonObject("attendance").getInt("participantCount"));
      assertFalse(seen.getJsonObject("attendance").containsKey("participants"), seen.toString());
      assertEquals(2, seen.getJsonObject("attendance").getJsonArray("headCounts").size());
    }

    // A new zone keeps the local time; attendance given replaces the one recorded.
    JsonObject moved =
        drafter
            .patch(
                meetings(round) + "/" + id,
                """
                {"timeZone": "America/Argentina/Buenos_Aires", "place": "Buenos Aires",
                 "attendance": {"headCounts": [{"sector": "academia", "country": "AR", "people": 40}]}}
                """)
            .expect(200)
            .json();
    assertEquals("2026-03-10T09:30:00", moved.getString("localStart"));
    assertEquals("2026-03-10T12:30:00Z", moved.getString("startsAt"));
    assertEquals("Reunión de Bogotá", moved.getString("title"));
    assertEquals(40, moved.getJsonObject("attendance").getInt("people"));
    assertEquals(0, moved.getJsonObject("attendance").getInt("participantCount"));

    drafter
        .post(
            meetings(round),
            """
            {"title": "Virtual", "startsAt": "2026-02-01T10:00", "timeZone": "Europe/Madrid",
             "virtual": true, "organiser": "Secretaría", "lang": "en"}
            """)
        .expect(201);
    var all = anonymous().get(meetings(round)).expect(200).array();
    assertEquals(
        List.of("Virtual", "Reunión de Bogotá"),
        all.stream().map(m -> m.asJsonObject().getString("title")).toList());
  }

  @Test
  default void badMeetingsAreProblemsNamingTheField() {
    long round = openRound(newLaw());
    long other = openRound(newLaw());
    Api drafter = drafter();
    String m = meetings(round);
    drafter.post(m, MEETING.replace("\"place\": \"Bogotá\", ", "")).problem(400, "place");
    drafter.post(m, MEETING.replace("America/Bogota", "-05:00")).problem(400, "timeZone");
    drafter.post(m, MEETING.replace("09:30", "09:30Z")).problem(400, "startsAt");
    drafter.post(m, MEETING.replace("2026-03-10", "1776-07-04")).problem(400, "startsAt");
    drafter.post(m, MEETING.replace("\"es\"", "\"de\"")).problem(400, "lang");
    drafter
        .post(m, MEETING.replace("\"title\": \"Reunión de Bogotá\", ", ""))
        .problem(400, "title");
    drafter
        .post(m, withAttendance("{\"participants\": [\"nobody-here\"]}"))
        .problem(400, "attendance.participants");
    drafter
        .post(m, withAttendance("{\"organisations\": [{\"id\": 999999}]}"))
        .problem(400, "attendance.organisations");
    drafter
        .post(
            m,
            withAttendance(
                "{\"headCounts\": [{\"sector\": \"academia\", \"country\": \"XX\", \"people\": 2}]}"))
        .problem(400, "attendance.headCounts[0].country");
    drafter
        .post(
            m,
            withAttendance(
                """
                {"headCounts": [{"sector": "academia", "country": "CO", "people": 2},
                                {"sector": "academia", "country": "CO", "people": 3}]}
                """))
        .problem(400, "attendance.headCounts[1]");
    drafter
        .post(
            m,
            withAttendance(
                "{\"headCounts\": [{\"sector\": \"academia\", \"country\": \"CO\", \"people\": 0}]}"))
        .problem(400, "attendance.headCounts[0].people");
    assertEquals(0, drafter.get(m).array().size(), "nothing of a refused meeting is kept");

    long id = meeting(drafter, round, MEETING);
    drafter.get(meetings(other) + "/" + id).problem(404, "meeting");
    drafter.patch(meetings(other) + "/" + id, "{\"title\": \"x\"}").problem(404, "meeting");
    drafter.patch(m + "/" + id, "{\"timeZone\": \"Mars/Olympus\"}").problem(400, "timeZone");
    assertEquals("Reunión de Bogotá", drafter.get(m + "/" + id).json().getString("title"));
  }

  @Test
  default void meetingsAreHeldByDraftersAndReadByAnyone() {
    long round = openRound(newLaw());
    participant().post(meetings(round), MEETING).problem(403, null);
    anonymous().post(meetings(round), MEETING).expect(401);
    long id = meeting(drafter(), round, MEETING);
    participant().patch(meetings(round) + "/" + id, "{\"title\": \"x\"}").problem(403, null);
    participant()
        .post(meetings(round) + "/" + id + "/contributions", contribution("art_1", "Hola."))
        .problem(403, null);
    anonymous().get(meetings(round) + "/" + id).expect(200);
    anonymous().get(meetings(round) + "/" + (id + 1000)).problem(404, "meeting");
  }

  @Test
  default void contributionsFromAMeetingAreAnchoredAndFollowTheTextLikeOnlineComments() {
    String slug = newLaw();
    long round = openRound(slug);
    long ministry = organisation("Ministerio", "CO");
    String ana = registered("CO", "government", ministry);
    Api anaApi = anonymous().as(ana, PASSWORD);
    Api rapporteur = drafter();
    long meeting = meeting(rapporteur, round, MEETING);
    // "La presente Ley garantiza la paridad." — "garantiza" is [16, 25).
    long online =
        commentOn(participant(), round, "art_1", 16, 25, "garantiza")
            .getJsonNumber("id")
            .longValue();
    JsonObject recorded =
        rapporteur
            .post(
                meetings(round) + "/" + meeting + "/contributions",
                """
                {"speaker": {"participant": "%s"}, "article": "art_1", "lang": "es",
                 "passage": {"start": 16, "end": 25, "quote": "garantiza"},
                 "text": "Dijo que garantizar no basta.", "publishable": false}
                """
                    .formatted(ana))
            .expect(201)
            .json();
    long said = recorded.getJsonNumber("id").longValue();
    assertEquals("meeting", recorded.getString("channel"));
    assertEquals(meeting, recorded.getJsonObject("meeting").getJsonNumber("id").longValue());
    assertEquals("Reunión de Bogotá", recorded.getJsonObject("meeting").getString("title"));
    assertEquals(ana, recorded.getJsonObject("author").getString("username"));
    assertEquals(
        ministry,
        recorded.getJsonObject("author").getJsonNumber("organisationId").longValue(),
        "a participant speaks for the organisation they belong to");
    assertFalse(recorded.getBoolean("publishable"));
    assertFalse(recorded.isNull("recordedBy"));
    assertEquals(
        "online", admin().get("comments/" + online).json().getString("channel"), "the default");

    List<String> texts =
        List.of(
            "Artículo primero. La presente Ley garantiza la paridad.",
            "Artículo primero. La presente Ley no garantiza la paridad.",
            "Artículo primero. La presente Ley asegura la paridad.",
            "Artículo primero. La paridad.");
    List<String> states = List.of("exact", "exact", "changed", "orphaned");
    for (int i = 0; i < texts.size(); i++) {
      edit(slug, "art_1", texts.get(i));
      JsonObject mine = admin().get("comments/" + said).expect(200).json().getJsonObject("anchor");
      JsonObject theirs =
          admin().get("comments/" + online).expect(200).json().getJsonObject("anchor");
      assertEquals(states.get(i), mine.getString("state"), texts.get(i));
      assertEquals(theirs, mine, texts.get(i));
    }

    // The speaker sees what was recorded for them, but keeps it as the rapporteur recorded it.
    assertEquals(said, anaApi.get("comments/" + said).expect(200).json().getInt("id"));
    anaApi.put("comments/" + said, "{\"text\": \"Otra cosa.\"}", null).problem(403, "comment");
    // It is answered like any comment.
    admin()
        .put(
            "comments/" + said + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Tomado en cuenta.\"}",
            null)
        .expect(200);
    assertEquals(
        "noted",
        anaApi.get("comments/" + said).json().getJsonObject("disposition").getString("value"));
  }

  @Test
  default void aNamedSpeakerIsRecordedWithTheirOrganisationCountryAndSector() {
    String slug = newLaw();
    long round = openRound(slug);
    edit(slug, "art_3", "Esta Ley entra en vigor al día siguiente de su publicación.");
    long org = organisation("Red de Juristas", "PE");
    Api rapporteur = drafter();
    long meeting = meeting(rapporteur, round, MEETING);
    // Said on the consulted revision 1, after the article moved on: carried to the current text.
    JsonObject recorded =
        rapporteur
            .post(
                meetings(round) + "/" + meeting + "/contributions",
                """
                {"speaker": {"name": "Lucía Pérez", "organisation": %d, "country": "PE",
                             "sector": "academia"},
                 "article": "art_3", "lang": "es", "revision": 1,
                 "passage": {"start": 18, "end": 23, "quote": "vigor"}, "text": "¿Cuándo?"}
                """
                    .formatted(org))
            .expect(201)
            .json();
    JsonObject author = recorded.getJsonObject("author");
    assertFalse(author.containsKey("username"), author.toString());
    assertEquals("Lucía Pérez", author.getString("displayName"));
    assertTrue(author.getString("organisation").startsWith("Red de Juristas"), author.toString());
    assertEquals(org, author.getJsonNumber("organisationId").longValue());
    assertEquals("PE", author.getString("country"));
    assertEquals("academia", author.getString("sector"));
    assertTrue(recorded.getBoolean("publishable"), "publishable unless the rapporteur says not");
    assertEquals(1, recorded.getInt("revision"));
    assertEquals("vigor", recorded.getJsonObject("anchor").getString("quote"));
    assertEquals(2, recorded.getJsonObject("anchor").getInt("revision"));
    String list = "consultations/" + round + "/comments";
    assertEquals(1, admin().get(list + "?sector=academia").array().size());
    assertEquals(1, admin().get(list + "?country=PE").array().size());
  }

  @Test
  default void recordingIsCheckedLikeOnlineCommentsAndAllOrNothing() {
    String slug = newLaw();
    long round = openRound(slug);
    long other = openRound(newLaw());
    Api rapporteur = drafter();
    long meeting = meeting(rapporteur, round, MEETING);
    long elsewhere = meeting(rapporteur, other, MEETING);
    String at = meetings(round) + "/" + meeting + "/contributions";
    String said = contribution("art_1", "Texto.");
    rapporteur
        .post(at, said.replace("\"article\": \"art_1\"", "\"article\": \"art_9\""))
        .problem(400, "article");
    rapporteur.post(at, said.replace("\"lang\": \"es\"", "\"lang\": \"pt\"")).problem(400, "lang");
    rapporteur
        .post(at, said.replace("\"lang\": \"es\"", "\"lang\": \"es\", \"revision\": 7"))
        .problem(400, "revision");
    rapporteur
        .post(
            at,
            said.replace(
                "\"lang\": \"es\"",
                "\"lang\": \"es\", \"passage\": {\"start\": 16, \"end\": 25, \"quote\": \"otra\"}"))
        .problem(400, "passage.quote");
    rapporteur
        .post(at, said.replace("\"text\": \"Texto.\"", "\"text\": \" \""))
        .problem(400, "text");
    rapporteur.post(at, said.replace("\"speaker\"", "\"orator\"")).problem(400, "orator");
    rapporteur.post(at, said.replace("\"speaker\": {", "\"nobody\": {")).problem(400, "nobody");
    rapporteur.post(at, said.replace("\"CO\"", "\"XX\"")).problem(400, "speaker.country");
    rapporteur.post(at, said.replace("\"academia\"", "\"poetry\"")).problem(400, "speaker.sector");
    rapporteur
        .post(at, said.replace("\"name\": \"Lucía Pérez\"", "\"participant\": \"nobody-here\""))
        .problem(400, "speaker.country");
    rapporteur
        .post(
            at,
            "{\"speaker\": {\"participant\": \"nobody-here\"}, \"article\": \"art_1\", \"text\": \"x\"}")
        .problem(400, "speaker.participant");
    rapporteur
        .post(
            at,
            said.replace(
                "\"sector\": \"academia\"", "\"sector\": \"academia\", \"organisation\": 999999"))
        .problem(400, "speaker.organisation");
    rapporteur
        .post(meetings(other) + "/" + meeting + "/contributions", said)
        .problem(404, "meeting");
    rapporteur
        .post(meetings(round) + "/" + elsewhere + "/contributions", said)
        .problem(404, "meeting");
    long later =
        meeting(rapporteur, round, MEETING.replace("2026-03-10T09:30", "2199-01-01T10:00"));
    rapporteur.post(meetings(round) + "/" + later + "/contributions", said).problem(409, "meeting");
    String list = "consultations/" + round + "/comments";
    assertEquals(0, admin().get(list).array().size(), "nothing refused was kept");

    rapporteur.post(at, said).expect(201);
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"status\": \"closed\"}")
        .expect(200);
    rapporteur.post(at, said).problem(409, "consultation");
    assertEquals(1, admin().get(list).array().size());
  }

  @Test
  default void commentsFilterByChannelAndMeetingAndTheReportCountsThem() {
    long round = openRound(newLaw());
    Api rapporteur = drafter();
    long bogota = meeting(rapporteur, round, MEETING);
    long lima = meeting(rapporteur, round, MEETING.replace("Bogotá", "Lima"));
    long quiet = meeting(rapporteur, round, MEETING.replace("Bogotá", "Quito"));
    comment(participant(), round, "art_1", "En línea.");
    for (long m : List.of(bogota, bogota, lima)) {
      rapporteur
          .post(meetings(round) + "/" + m + "/contributions", contribution("art_2", "Dicho."))
          .expect(201);
    }
    String list = "consultations/" + round + "/comments";
    assertEquals(1, admin().get(list + "?channel=online").array().size());
    assertEquals(3, admin().get(list + "?channel=meeting").array().size());
    assertEquals(2, admin().get(list + "?meeting=" + bogota).array().size());
    assertEquals(1, admin().get(list + "?meeting=" + lima + "&channel=meeting").array().size());
    assertEquals(0, admin().get(list + "?meeting=" + lima + "&channel=online").array().size());
    admin().get(list + "?channel=phone").problem(400, "channel");
    admin().get(list + "?meeting=x").problem(400, "meeting");
    assertEquals(2, anonymous().get(meetings(round) + "/" + bogota).json().getInt("contributions"));

    JsonObject report = admin().get("consultations/" + round + "/report").expect(200).json();
    assertEquals(1, report.getJsonObject("byChannel").getInt("online"));
    assertEquals(3, report.getJsonObject("byChannel").getInt("meeting"));
    assertEquals(3, report.getJsonObject("byCountry").getInt("CO"));
    assertEquals(
        List.of("Reunión de Bogotá=2", "Reunión de Lima=1", "Reunión de Quito=0"),
        report.getJsonArray("byMeeting").stream()
            .map(JsonValue::asJsonObject)
            .map(m -> m.getString("title") + "=" + m.getInt("contributions"))
            .sorted()
            .collect(Collectors.toList()));
    assertTrue(
        report.getJsonArray("byMeeting").stream()
            .anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == quiet));
  }

  private static String meetings(long round) {
    return "consultations/" + round + "/meetings";
  }

  private static String withAttendance(String attendance) {
    return MEETING.replace("\"lang\": \"es\"", "\"lang\": \"es\", \"attendance\": " + attendance);
  }

  /** What a named person from Colombia said on the whole of {@code eId}, in Spanish. */
  private static String contribution(String eId, String text) {
    return """
        {"speaker": {"name": "Lucía Pérez", "country": "CO", "sector": "academia"},
         "article": "%s", "lang": "es", "text": "%s"}
        """
        .formatted(eId, text);
  }

  private static long meeting(Api drafter, long round, String body) {
    return drafter.post(meetings(round), body).expect(201).json().getJsonNumber("id").longValue();
  }

  /** A newly registered participant; returns their username (the password is PASSWORD). */
  private String registered(String country, String sector) {
    return registered(country, sector, null);
  }

  /** A participant who belongs to {@code organisation} of the registry (or to none). */
  private String registered(String country, String sector, Long organisation) {
    String username = "sp-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Speaker %s", "password": "%s",
             "email": "%s@example.org", %s"country": "%s", "sector": "%s"}
            """
                .formatted(
                    username,
                    username,
                    PASSWORD,
                    username,
                    organisation == null ? "" : "\"organisationId\": " + organisation + ", ",
                    country,
                    sector))
        .expect(201);
    return username;
  }

  /** A confirmed organisation of the registry; returns its id. */
  private long organisation(String name, String country) {
    return drafter()
        .post(
            "organisations",
            "{\"name\": \"%s %s\", \"country\": \"%s\", \"sector\": \"government\"}"
                .formatted(name, Long.toHexString(System.nanoTime()), country))
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }
}
