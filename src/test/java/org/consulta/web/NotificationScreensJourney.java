package org.consulta.web;

import static org.consulta.web.NotificationTables.mail;
import static org.consulta.web.NotificationTables.subscriptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.consulta.api.ConsultationFixture;
import org.consulta.api.Deployments;
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

  @Test
  default void aParticipantTurnsMailOffAndFindsItKeptAfterAReload() {
    String slug = newLaw();
    long round = openRound(slug);
    String participant = registeredParticipant("notified");
    String mine = "#/consultations/" + round + "/mine?law=" + slug;
    try (Browser browser = browser()) {
      browser.logIn(participant, WebJourney.PASSWORD).go(mine);
      By mail = By.cssSelector(".mail-setting-form input[name=mail]");
      By language = By.cssSelector(".mail-setting-form select[name=lang]");
      assertTrue(
          browser.find(mail).isSelected(), "mail is on until the participant says otherwise");
      assertEquals(
          "", new Select(browser.find(language)).getFirstSelectedOption().getDomAttribute("value"));

      // A language the server does not write in: its refusal, translated, names the field.
      browser
          .driver()
          .executeScript(
              "const select = arguments[0]; select.append(new Option('Français', 'fr'));"
                  + " select.value = 'fr';",
              browser.find(language));
      browser.click(By.cssSelector(".mail-setting-form button[type=submit]"));
      var problem =
          browser.waitForText(
              By.cssSelector(".mail-setting-form .problem"), "“Language of the mails”");
      assertTrue(
          problem.getText().contains("“Language of the mails”: The value is not valid."),
          problem.getText());
      assertEquals("true", browser.find(language).getDomAttribute("aria-invalid"));

      browser.click(mail);
      new Select(browser.find(language)).selectByValue("en");
      browser.click(By.cssSelector(".mail-setting-form button[type=submit]"));
      browser.waitForText(
          By.cssSelector(".mail-setting-status"), "Saved: you will get no notifications");
      assertTrue(
          browser.driver().findElements(By.cssSelector(".mail-setting-form .problem")).isEmpty());
      browser.screenshot("notifications-mail-setting");

      browser.driver().navigate().refresh();
      browser.waitForRoute(mine);
      assertFalse(browser.find(mail).isSelected(), "the setting is kept");
      assertEquals(
          "en",
          new Select(browser.find(language)).getFirstSelectedOption().getDomAttribute("value"));
    }
    JsonObject kept =
        anonymous()
            .as(participant, WebJourney.PASSWORD)
            .get("participants/me/notifications")
            .expect(200)
            .json();
    assertFalse(kept.getBoolean("mail"));
    assertEquals("en", kept.getString("lang"));
  }

  @Test
  default void aDrafterSubscribesToARoundsDigestAndUnsubscribes() {
    String slug = newLaw();
    long round = openRound(slug);
    String drafter = account("drafter");
    String address = drafter + "@example.org";
    try (Browser browser = browser()) {
      browser
          .logIn(drafter, WebJourney.PASSWORD)
          .go("#/consultations/" + round + "/queue?law=" + slug);
      browser.click(By.cssSelector(".subscription summary"));
      By email = By.cssSelector(".subscription-form input[name=email]");
      By subscribe = By.cssSelector(".subscription-form button[type=submit]");
      By unsubscribe = By.cssSelector(".subscription-form button.unsubscribe");
      By status = By.cssSelector(".subscription-status");
      browser.waitForText(status, "You are not subscribed to this round");

      browser.type(email, "not an address");
      browser.click(subscribe);
      var problem = browser.waitForText(By.cssSelector(".subscription-form .problem"), "“E-mail”");
      assertTrue(
          problem.getText().contains("“E-mail”: The value is not valid."), problem.getText());

      browser.type(email, address);
      new Select(browser.find(By.cssSelector(".subscription-form select[name=lang]")))
          .selectByValue("en");
      browser.click(subscribe);
      browser.waitForText(status, "Subscribed: digests go to " + address + " in English");
      assertTrue(
          browser.driver().findElements(By.cssSelector(".subscription-form .problem")).isEmpty());
      assertEquals(List.of(address + " en"), subscriptions(round));
      browser.screenshot("notifications-subscribed");

      // Back on the queue later, the form says so and holds the address.
      browser.driver().navigate().refresh();
      browser.click(By.cssSelector(".subscription summary"));
      browser.waitForText(status, "Subscribed: digests go to " + address + " in English");
      assertEquals(address, browser.find(email).getAttribute("value"));

      browser.click(unsubscribe);
      browser.waitForText(status, "Unsubscribed");
      assertEquals(List.of(), subscriptions(round));
      browser.click(unsubscribe);
      browser.waitForText(status, "You had no subscription to this round");
    }
  }

  @Test
  default void anAdminOpensTheOutboxFilteredByStatusAndPagesThroughIt() {
    String tag = Long.toHexString(System.nanoTime());
    mail("answered", "sent-" + tag + "@example.org", "sent", 1, null);
    for (int i = 0; i < 21; i++) {
      mail("digest", "failed-" + i + "-" + tag + "@example.org", "failed", 10, "550 mailbox " + i);
    }
    mail("round_opened", "pending-" + tag + "@example.org", "pending", 2, "421 try later");
    String failed = admin().get("admin/mail?status=failed").expect(200).header("X-Total-Count");

    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD);
      assertTrue(
          browser
              .driver()
              .findElements(By.cssSelector(".main-nav a[href='#/admin/mail']"))
              .isEmpty());
      browser.go("#/admin/mail");
      assertEquals("For admins only", browser.heading());
    }
    try (Browser browser = browser()) {
      browser.logIn("admin", Deployments.ADMIN_PASSWORD);
      browser.click(By.cssSelector(".main-nav a[href='#/admin/mail']"));
      browser.waitForRoute("#/admin/mail");
      assertEquals("Mail outbox", browser.heading());
      String all = browser.find(By.cssSelector(".outbox-table tbody")).getText();
      assertTrue(all.contains("pending-" + tag) && all.contains("421 try later"), all);
      assertTrue(all.contains("New round opened"), all);

      new Select(browser.find(By.cssSelector(".outbox-filters select[name=status]")))
          .selectByValue("failed");
      browser.click(By.cssSelector(".outbox-filters button[type=submit]"));
      browser.waitForRoute("#/admin/mail?status=failed");
      browser.waitForText(By.cssSelector(".outbox-count"), "Mails 1–20 of " + failed);
      var rows = browser.driver().findElements(By.cssSelector(".outbox-table tbody tr"));
      assertEquals(20, rows.size());
      assertTrue(rows.stream().allMatch(r -> "failed".equals(r.getDomAttribute("data-status"))));
      String first = rows.get(0).getText();
      assertTrue(first.contains("failed-20-" + tag) && first.contains("550 mailbox 20"), first);
      assertTrue(first.contains("Digest of contributions") && first.contains("Failed"), first);
      String page = browser.find(By.cssSelector(".outbox-table tbody")).getText();
      assertFalse(page.contains("pending-" + tag) || page.contains("sent-" + tag), page);
      browser.screenshot("notifications-outbox-failed");

      browser.click(By.cssSelector(".pager a[rel=next]"));
      browser.waitForRoute("#/admin/mail?status=failed&offset=20");
      browser.waitForText(By.cssSelector(".outbox-count"), "Mails 21–");
      assertTrue(
          browser.driver().findElements(By.cssSelector(".outbox-table tbody tr")).stream()
              .allMatch(r -> "failed".equals(r.getDomAttribute("data-status"))));
    }
  }
}
