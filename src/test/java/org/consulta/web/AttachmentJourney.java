package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A participant attaches position papers to a comment in the browser. */
public interface AttachmentJourney extends WebJourney, ConsultationFixture {
  @Test
  default void aParticipantAttachesAPositionPaperAndAFileOfAnotherKindIsNamed() {
    String slug = newLaw();
    long round = openRound(slug);
    String username = "papers-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "password": "%s", "email": "%s@example.org", "country": "CO",
             "sector": "civil_society"}
            """
                .formatted(username, WebJourney.PASSWORD, username))
        .expect(201);
    try (Browser browser = browser()) {
      browser.logIn(username, WebJourney.PASSWORD);
      browser.go("#/consultations/" + round + "?law=" + slug + "&lang=en");
      browser.click(By.cssSelector("#article-art_1 button.comment-article"));
      browser.type(By.cssSelector("#article-art_1 textarea[name=text]"), "See our paper.");
      browser
          .find(By.cssSelector("#article-art_1 input[type=file][name=file]"))
          .sendKeys(fixture("position.pdf") + "\n" + fixture("setup.pdf"));
      browser.screenshot("consultation-comment-attachments");
      browser.click(By.cssSelector("#article-art_1 .comment-form button[type=submit]"));
      var notice = browser.waitForText(By.cssSelector("#article-art_1 .notice.sent"), "setup.pdf");
      assertTrue(notice.getText().contains("These documents were not attached"), notice.getText());
      assertTrue(!notice.getText().contains("position.pdf"), notice.getText());
      browser.screenshot("consultation-comment-attachments-sent");

      browser.go("#/consultations/" + round + "/mine?law=" + slug);
      var link = browser.waitForText(By.cssSelector(".comment-card .attachments"), "position.pdf");
      assertTrue(link.getText().contains("position.pdf (PDF, 589 bytes)"), link.getText());
      var href = browser.find(By.cssSelector(".comment-card .attachments a"));
      assertTrue(
          href.getAttribute("href").matches(".*/api/attachments/\\d+"), href.getAttribute("href"));
      assertEquals(1, browser.driver().findElements(By.cssSelector(".attachments li")).size());
      browser.screenshot("consultation-my-comments-attachments");
    }
  }

  private static String fixture(String name) {
    try {
      return Path.of(AttachmentJourney.class.getResource("/attachments/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
