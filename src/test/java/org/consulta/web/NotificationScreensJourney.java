package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The notification screens: the Atom feed links of a law and a round, a participant's mail setting,
 * a drafter's digest subscription and the admins' mail outbox.
 */
public interface NotificationScreensJourney extends WebJourney, ConsultationFixture {

  @Test
  default void aLawAndARoundLinkToTheirFeedsInTheInterfaceLanguage() {
    String slug = newLaw();
    long round = openRound(slug);
    try (Browser visitor = browser()) {
      visitor.go("#/laws/" + slug + "?lang=en");
      assertFeedLink(visitor, "laws/" + slug + "/feed?lang=en", "recorded versions");

      visitor.go("#/consultations/" + round + "?law=" + slug + "&lang=en");
      assertFeedLink(
          visitor, "consultations/" + round + "/feed?lang=en", "published contributions");
      visitor.screenshot("notifications-round-feed-link");

      new Select(visitor.find(By.id("ui-language"))).selectByValue("es");
      visitor.waitForText(By.cssSelector("a.feed-link"), "Canal (Atom)");
      assertEquals(
          base().resolve("api/consultations/" + round + "/feed?lang=es").toString(),
          visitor.find(By.cssSelector("a.feed-link")).getDomAttribute("href"));
      new Select(visitor.find(By.id("ui-language"))).selectByValue("en");
    }
  }

  private void assertFeedLink(Browser browser, String apiPath, String about) {
    var link = browser.find(By.cssSelector("a.feed-link"));
    assertEquals("Feed (Atom)", link.getText());
    assertEquals(base().resolve("api/" + apiPath).toString(), link.getDomAttribute("href"));
    assertTrue(link.getDomAttribute("title").contains(about), link.getDomAttribute("title"));
    var feed = anonymous().get(apiPath).expect(200);
    assertTrue(
        feed.header("Content-Type").startsWith("application/atom+xml"),
        feed.header("Content-Type"));
  }
}
