package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The public docket in the browser: a visitor who never logs in reads a round's published
 * contributions and the drafters' answers; a participant withdraws one of their comments.
 */
public interface DocketJourney extends WebJourney, ConsultationFixture {

  @Test
  default void aVisitorReadsThePublicDocketOfARound() {
    String slug = newLaw();
    long round = publishing(slug);
    long mexican = comment(participant("MX", "civil_society"), round, "art_1", "Falta la paridad.");
    Api peruvian = participant("PE", "academia");
    comment(peruvian, round, "art_2", "Bien redactado.");
    long hidden = comment(peruvian, round, "art_2", "Texto ofensivo.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Insultos.\"}").expect(200);
    admin()
        .put(
            "comments/" + mexican + "/disposition",
            "{\"disposition\": \"accepted\", \"response\": \"Se añade.\"}",
            null)
        .expect(200);

    try (Browser visitor = browser()) {
      visitor.go("#/consultations");
      visitor.click(By.cssSelector("a.docket-link[href^='#/consultations/" + round + "/docket']"));
      visitor.waitForText(By.cssSelector(".docket-total"), "Contributions: 2");
      assertEquals("Public contributions: Round", visitor.heading());
      String list = visitor.find(By.cssSelector(".docket-list")).getText();
      assertTrue(list.contains("Falta la paridad.") && list.contains("Bien redactado."), list);
      assertTrue(list.contains("Accepted") && list.contains("Se añade."), list);
      assertFalse(list.contains("Texto ofensivo.") || list.contains("Insultos."), list);
      assertFalse(list.contains("@example.org"), list);
      visitor.screenshot("docket-round");

      new Select(visitor.find(By.cssSelector(".docket-filters select[name=country]")))
          .selectByValue("PE");
      visitor.click(By.cssSelector(".docket-filters button[type=submit]"));
      visitor.waitForText(By.cssSelector(".docket-total"), "Contributions: 1");
      assertTrue(
          visitor.find(By.cssSelector(".docket-list")).getText().contains("Bien redactado."));

      visitor.go("#/consultations/" + round + "?law=" + slug + "&lang=es");
      assertEquals("1", visitor.find(By.cssSelector("#article-art_1 .published-count")).getText());
      visitor.click(By.cssSelector("#article-art_1 .published-contributions summary"));
      visitor.waitForText(By.cssSelector("#article-art_1 .docket-entry"), "Falta la paridad.");
      assertTrue(
          visitor.find(By.cssSelector(".publicity")).getText().contains("publishes contributions"));
      visitor.screenshot("docket-reader-counts");
    }
  }

  @Test
  default void aParticipantWithdrawsAComment() {
    String slug = newLaw();
    long round = publishing(slug);
    String username = "withdraw-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Ana Pérez", "password": "%s",
             "email": "%s@example.org", "country": "CL", "sector": "civil_society"}
            """
                .formatted(username, WebJourney.PASSWORD, username))
        .expect(201);
    long id =
        comment(anonymous().as(username, WebJourney.PASSWORD), round, "art_1", "Me arrepiento.");
    assertEquals(1, docketTotal(round));

    try (Browser participant = browser()) {
      participant.logIn(username, WebJourney.PASSWORD);
      participant.go("#/consultations/" + round + "/mine?law=" + slug);
      participant.click(By.cssSelector("#comment-" + id + " .withdraw-button"));
      participant.waitForText(By.cssSelector(".withdraw-form"), "cannot be undone");
      participant.screenshot("docket-withdraw-confirm");
      participant.click(By.cssSelector(".withdraw-form button[type=submit]"));
      participant.waitForText(By.cssSelector("#comment-" + id + " .withdrawn-note"), "Withdrawn");
      assertTrue(
          participant.driver().findElements(By.cssSelector(".withdraw-button")).isEmpty(),
          "a withdrawn comment offers no withdraw button");
      participant.click(By.cssSelector("#comment-" + id + " .comment-history summary"));
      String history =
          participant
              .waitForText(By.cssSelector("#comment-" + id + " .history-list"), "Withdrawn")
              .getText();
      assertTrue(history.contains("Submitted") && history.contains("Me arrepiento."), history);
      participant.screenshot("docket-withdrawn");
    }
    assertEquals(0, docketTotal(round));
  }

  private long publishing(String slug) {
    long round = openRound(slug);
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"publishesContributions\": true}")
        .expect(200);
    return round;
  }

  private int docketTotal(long round) {
    return anonymous()
        .get("consultations/" + round + "/docket")
        .expect(200)
        .json()
        .getJsonObject("contributions")
        .getInt("total");
  }
}
