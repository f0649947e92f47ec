package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The report of a round: per article, with answers, counts and what remains unanswered. */
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
    assertEquals(3, totals.getInt("comments"));
    assertEquals(1, totals.getInt("replies"));
    assertEquals(1, totals.getInt("answered"));
    assertEquals(2, totals.getInt("unanswered"));
    assertEquals(2, report.getJsonObject("byCountry").getInt("CA"));
    assertEquals(1, report.getJsonObject("bySector").getInt("civil_society"));
    assertEquals(1, report.getJsonObject("byDisposition").getInt("out_of_scope"));
    assertEquals(2, report.getJsonObject("byDisposition").getInt("none"));
    assertEquals(2, report.getJsonArray("unanswered").size());
    var articles = report.getJsonArray("articles");
    assertEquals(3, articles.size());
    assertEquals("art_2", articles.getJsonObject(1).getString("eId"));
    assertEquals(2, articles.getJsonObject(1).getInt("number"));
    assertEquals(2, articles.getJsonObject(1).getInt("threads"));
    assertEquals(3, articles.getJsonObject(1).getJsonArray("entries").size());
  }

  @Test
  default void theCsvHasOneRowPerCommentAndQuotesWhatItMust() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant();
    comment(participant, round, "art_1", "Uno, con \\\"comillas\\\"\\ny salto.");
    comment(participant, round, "art_1", "=1+1");
    var csv = admin().get("consultations/" + round + "/report?format=csv").expect(200);
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
    String[] rows = csv.body().split("\r\n");
    assertEquals(3, rows.length, csv.body());
    assertTrue(rows[0].startsWith("id,parent,kind,article,number,lang"), rows[0]);
    assertTrue(csv.body().contains("\"Uno, con \"\"comillas\"\"\ny salto.\""), csv.body());
    assertTrue(csv.body().contains(",'=1+1,"), csv.body());
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
    assertFalse(html.body().contains("<style"), "the policy allows no inline style");
    assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html.body());
  }

  @Test
  default void onlyDraftersReadTheReport() {
    String slug = newLaw();
    long round = openRound(slug);
    participant().get("consultations/" + round + "/report").problem(403, null);
    anonymous().get("consultations/" + round + "/report").problem(401, null);
    admin().get("consultations/" + round + "/report?format=xml").problem(400, "format");
    admin().get("consultations/999999/report").problem(404, "consultation");
  }
}
