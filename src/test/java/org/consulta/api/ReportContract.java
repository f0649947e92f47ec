package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report of a round: the model as JSON, per article with answers, counts and what remains
 * unanswered; and CSV, HTML, PDF and Word in Spanish and English.
 */
public interface ReportContract extends ConsultationFixture {

  @Test
  default void theReportCountsAnswersAndListsWhatIsUnanswered() {
    String slug = newLaw();
    long round = openRound(slug);
    Api mexico = participant("MX", "civil_society");
    Api canada = participant("CA", "government");
    long answered = comment(mexico, round, "art_2", "Definir acoso.");
    comment(canada, round, "art_2", "Definir violencia.");
    comment(canada, round, "art_3", "Plazo.");
    admin()
        .put(
            "comments/" + answered + "/disposition",
            "{\"disposition\": \"out_of_scope\", \"response\": \"Otra ley.\"}",
            null)
        .expect(200);
    admin().post("comments/" + answered + "/replies", "{\"text\": \"Ver ley 2.\"}").expect(201);

    JsonObject report = admin().get("consultations/" + round + "/report").expect(200).json();
    JsonObject totals = report.getJsonObject("totals");
    assertEquals(3, totals.getInt("contributions"));
    assertEquals(3, totals.getInt("comments"));
    assertEquals(1, totals.getInt("replies"));
    assertEquals(1, totals.getInt("answered"));
    assertEquals(2, totals.getInt("unanswered"));
    assertEquals(2, totals.getInt("participants"));
    assertEquals(2, report.getJsonObject("byCountry").getInt("CA"));
    assertEquals(1, report.getJsonObject("bySector").getInt("civil_society"));
    assertEquals(1, report.getJsonObject("byOrganisation").getInt("Org MX"));
    assertEquals(3, report.getJsonObject("byChannel").getInt("online"));
    assertEquals(1, report.getJsonObject("byDisposition").getInt("out_of_scope"));
    assertEquals(2, report.getJsonObject("byDisposition").getInt("none"));
    assertEquals(2, report.getJsonArray("unanswered").size());
    // Only the articles that received contributions, in the consulted order; the others in runs.
    var articles = report.getJsonArray("articles");
    assertEquals(2, articles.size());
    JsonObject art2 = articles.getJsonObject(0);
    assertEquals("art_2", art2.getString("eId"));
    assertEquals(2, art2.getInt("number"));
    assertEquals(2, art2.getInt("threads"));
    assertFalse(art2.getString("text").isBlank(), "the consulted text");
    var first = art2.getJsonArray("contributions").getJsonObject(0);
    assertEquals(answered, first.getJsonNumber("id").longValue());
    assertEquals("Ver ley 2.", first.getJsonArray("replies").getJsonObject(0).getString("text"));
    assertEquals(1, report.getJsonArray("withoutContributions").getJsonObject(0).getInt("from"));
    assertEquals(1, report.getJsonArray("perArticle").getJsonObject(2).getInt("contributions"));
  }

  @Test
  default void meetingsAndTheRegistrysOrganisationsAreCountedAndNamedInTheReportsLanguage() {
    String slug = newLaw();
    long round = openRound(slug);
    long unWomen =
        admin()
            .post(
                "organisations",
                """
                {"name": "ONU Mujeres", "names": {"en": "UN Women"}, "sector":
                 "international_organisation"}
                """)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long meeting =
        admin()
            .post(
                "consultations/" + round + "/meetings",
                """
                {"title": "Reunión de Bogotá", "startsAt": "2026-03-02T09:30",
                 "timeZone": "America/Bogota", "place": "Bogotá", "organiser": "Comisión",
                 "lang": "es"}
                """)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    admin()
        .post(
            "consultations/" + round + "/meetings/" + meeting + "/contributions",
            """
            {"article": "art_2", "text": "Incluir a los concejos.",
             "speaker": {"name": "Ana Gómez", "country": "CO", "sector": "parliament",
                         "organisation": %d}}
            """
                .formatted(unWomen))
        .expect(201);
    comment(participant(), round, "art_1", "En línea.");

    JsonObject report =
        admin().get("consultations/" + round + "/report?lang=en").expect(200).json();
    assertEquals(1, report.getJsonObject("byChannel").getInt("meeting"));
    assertEquals(1, report.getJsonObject("byChannel").getInt("online"));
    assertEquals(1, report.getJsonObject("byOrganisation").getInt("UN Women"));
    var held = report.getJsonArray("byMeeting").getJsonObject(0);
    assertEquals("Reunión de Bogotá", held.getString("title"));
    assertEquals(1, held.getInt("contributions"));

    String html =
        admin().get("consultations/" + round + "/report?format=html&lang=es").expect(200).body();
    assertTrue(
        html.contains("Ana Gómez · ONU Mujeres · Colombia · Parlamento · Reunión de Bogotá"), html);
    assertTrue(html.contains("2 de marzo de 2026, 09:30 (America/Bogota) · Bogotá"), html);
  }

  @Test
  default void aHiddenCommentIsNeitherAnsweredNorUnansweredInEveryCount() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    comment(participant, round, "art_1", "Uno.");
    long hidden = comment(participant, round, "art_1", "Insulto.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Insultos.\"}").expect(200);
    JsonObject report = admin().get("consultations/" + round + "/report").expect(200).json();
    JsonObject totals = report.getJsonObject("totals");
    assertEquals(1, totals.getInt("unanswered"));
    assertEquals(1, totals.getInt("hidden"));
    assertEquals(1, report.getJsonObject("byDisposition").getInt("none"));
    assertEquals(1, report.getJsonObject("byDisposition").size());
    assertEquals(1, report.getJsonArray("unanswered").size());
  }

  @Test
  default void theCsvHasOneRowPerContributionWithHeadersInTheReportsLanguage() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    comment(participant, round, "art_1", "Uno, con \\\"comillas\\\"\\ny salto.");
    comment(participant, round, "art_1", "=1+1");
    var csv = admin().get("consultations/" + round + "/report?format=csv&lang=es").expect(200);
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
    String[] rows = csv.body().split("\r\n");
    assertEquals(3, rows.length, csv.body());
    assertTrue(rows[0].startsWith("Número,Respuesta a,Tipo,Artículo,Autoría"), rows[0]);
    assertTrue(rows[1].contains(",Comentario,Artículo 1,"), rows[1]);
    assertTrue(rows[1].contains(",México,Sociedad civil,En línea,"), rows[1]);
    assertTrue(csv.body().contains("\"Uno, con \"\"comillas\"\"\ny salto.\""), csv.body());
    assertTrue(csv.body().contains(",'=1+1,"), csv.body());
    assertFalse(csv.body().startsWith("\uFEFF"));

    var en = admin().get("consultations/" + round + "/report?format=csv&lang=en&bom=true");
    assertTrue(en.expect(200).body().startsWith("\uFEFFNumber,Reply to,Kind,Article,Author"));
    assertTrue(en.body().contains(",Mexico,Civil society,Online,"), en.body());
  }

  @Test
  default void everyFormatInBothLanguagesNamesTheLawTheRoundAndTheLanguage() {
    String slug = newLaw();
    long round = openRound(slug);
    comment(participant("CO", "academia"), round, "art_2", "Revisar.");
    Pattern iso = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
    for (String lang : List.of("es", "en")) {
      for (String format : List.of("json", "csv", "html", "pdf", "docx")) {
        var reply =
            admin()
                .get("consultations/" + round + "/report?format=" + format + "&lang=" + lang)
                .expect(200);
        String file = slug + "_round-" + round + "_" + lang + "." + format;
        assertTrue(
            reply.header("Content-Disposition").endsWith("filename=\"" + file + "\""),
            reply.header("Content-Disposition"));
        assertEquals(lang, reply.header("Content-Language"));
        String body = reply.body();
        switch (format) {
          case "pdf" -> assertTrue(body.startsWith("%PDF-"), format);
          case "docx" -> assertTrue(body.startsWith("PK"), format);
          case "html" -> {
            assertTrue(body.contains("lang=\"" + lang + "\""), body);
            assertTrue(body.contains("Colombia · Academia"), body);
            assertTrue(
                body.contains(lang.equals("es") ? "Sin respuesta" : "Not answered yet"), body);
            assertFalse(body.contains("academia<") || body.contains(">CO<"), body);
            assertFalse(iso.matcher(body).find(), body);
            assertTrue(reply.header("Content-Security-Policy").contains("default-src 'none'"));
          }
          case "csv" -> assertFalse(iso.matcher(body).find(), body);
          default -> assertEquals(lang, reply.json().getString("language"));
        }
      }
    }
  }

  @Test
  default void eachContributionInTheReportSaysWhatItsCommentSays() {
    String slug = newLaw();
    long round = openRound(slug);
    Api mexico = participant("MX", "civil_society");
    Api peru = participant("PE", "parliament");
    long answered = comment(mexico, round, "art_1", "Agregar plena.");
    edit(slug, "art_1", "La presente Ley garantiza la paridad plena.");
    admin()
        .put(
            "comments/" + answered + "/disposition",
            "{\"disposition\": \"accepted\", \"response\": \"Incorporado.\", \"revision\": 2}",
            null)
        .expect(200);
    long reply =
        admin()
            .post("comments/" + answered + "/replies", "{\"text\": \"Hecho.\"}")
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    peru.post(
            "consultations/" + round + "/suggestions",
            """
            {"article": "art_1", "lang": "es", "passage": {"start": 16, "end": 25,
             "quote": "garantiza"}, "replacement": "asegura", "text": "Más preciso."}
            """)
        .expect(201);
    // A reply to the reply, made after the suggestion, stays in its thread.
    mexico.post("comments/" + reply + "/replies", "{\"text\": \"Gracias.\"}").expect(201);
    long hidden = comment(peru, round, "art_3", "Insulto.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Insultos.\"}").expect(200);
    long withdrawn = comment(mexico, round, "art_3", "Lo retiro.");
    mexico.post("comments/" + withdrawn + "/withdraw", "").expect(200);

    JsonObject report = admin().get("consultations/" + round + "/report").expect(200).json();
    List<JsonObject> contributions = new ArrayList<>();
    for (var article : report.getJsonArray("articles").getValuesAs(JsonObject.class)) {
      for (var c : article.getJsonArray("contributions").getValuesAs(JsonObject.class)) {
        contributions.add(c);
        contributions.addAll(c.getJsonArray("replies").getValuesAs(JsonObject.class));
      }
    }
    assertEquals(6, contributions.size());
    for (JsonObject c : contributions) {
      JsonObject view = admin().get("comments/" + c.getJsonNumber("id")).expect(200).json();
      String id = "contribution " + c.getJsonNumber("id");
      boolean shown = !view.containsKey("hidden") && !view.containsKey("withdrawnAt");
      assertEquals(view.getString("kind"), c.getString("kind"), id);
      assertEquals(view.getString("lang"), c.getString("lang"), id);
      assertEquals(view.getString("channel"), c.getString("channel"), id);
      assertEquals(view.getString("createdAt"), c.getString("createdAt"), id);
      assertEquals(
          view.getJsonObject("author").getString("displayName"),
          c.getJsonObject("author").getString("displayName"),
          id);
      for (String key : List.of("organisation", "country", "sector")) {
        assertEquals(text(view.getJsonObject("author"), key), text(c.getJsonObject("author"), key));
      }
      assertEquals(shown ? view.getString("text") : null, text(c, "text"), id);
      assertEquals(shown ? text(view, "replacement") : null, text(c, "replacement"), id);
      assertEquals(text(view.getJsonObject("passage"), "quote"), text(c, "passage"), id);
      assertEquals(text(view.getJsonObject("anchor"), "state"), text(c, "anchorState"), id);
      assertEquals(text(view.getJsonObject("hidden"), "reason"), text(c, "hiddenReason"), id);
      assertEquals(
          view.containsKey("hidden") ? null : text(view, "withdrawnAt"), text(c, "withdrawnAt"));
      JsonObject answer = view.getJsonObject("disposition");
      assertEquals(answer == null, !c.containsKey("answer"), id);
      if (answer != null) {
        JsonObject given = c.getJsonObject("answer");
        assertEquals(answer.getString("value"), given.getString("disposition"));
        assertEquals(answer.getString("response"), given.getString("response"));
        assertEquals(answer.getString("byName"), given.getString("by"));
        assertEquals(answer.getString("at"), given.getString("at"));
        assertEquals(
            answer.getInt("implementedIn"), given.getJsonObject("implementedIn").getInt("number"));
      }
    }
    assertEquals(
        List.of("comment", "reply", "reply", "suggestion", "comment", "comment"),
        contributions.stream().map(c -> c.getString("kind")).toList());
    assertEquals("Gracias.", contributions.get(2).getString("text"));
    assertEquals("Insultos.", contributions.get(4).getString("hiddenReason"));
    assertTrue(contributions.get(5).containsKey("withdrawnAt"));
  }

  private static String text(JsonObject object, String key) {
    return object == null || !object.containsKey(key) || object.isNull(key)
        ? null
        : object.getString(key);
  }

  @Test
  default void theHtmlReportShowsParticipantsTextAsText() {
    String slug = newLaw();
    long round = openRound(slug);
    comment(participant(), round, "art_1", "<script>alert(1)</script><img src=x onerror=alert(2)>");
    var html = admin().get("consultations/" + round + "/report?format=html").expect(200);
    assertTrue(html.header("Content-Type").startsWith("text/html"), html.header("Content-Type"));
    assertFalse(html.body().contains("<script>"), html.body());
    assertFalse(html.body().contains("<img"), html.body());
    assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html.body());
  }

  @Test
  default void onlyDraftersReadTheReportAndBadParametersAreNamed() {
    String slug = newLaw();
    long round = openRound(slug);
    participant().get("consultations/" + round + "/report").problem(403, null);
    participant().get("consultations/" + round + "/report?format=pdf").problem(403, null);
    anonymous().get("consultations/" + round + "/report").problem(401, null);
    admin().get("consultations/" + round + "/report?format=xml").problem(400, "format");
    admin().get("consultations/" + round + "/report?lang=pt").problem(400, "lang");
    admin().get("consultations/" + round + "/report?lang=xx").problem(400, "lang");
    admin().get("consultations/" + round + "/report?format=csv&bom=yes").problem(400, "bom");
    admin().get("consultations/999999/report").problem(404, "consultation");
  }
}
