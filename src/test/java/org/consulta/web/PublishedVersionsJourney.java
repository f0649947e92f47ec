package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.api.ArticleEditingContract;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A drafting team keeps the working text to itself and publishes a version: a visitor reads that
 * version, told which it is, and never the text the team is still writing.
 */
public interface PublishedVersionsJourney extends WebJourney {

  @Test
  default void draftersKeepTheWorkingTextAndAVisitorReadsThePublishedVersion() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador público\"}").expect(201);
    admin()
        .put(
            "laws/" + slug + "/articles/art_1?lang=en",
            ArticleEditingContract.edit("A sentence the team is still weighing."),
            "\"en-1\"")
        .expect(200);
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/laws/" + slug + "/versions?lang=en");
      new Select(browser.find(By.cssSelector(".visibility-form select[name=workingText]")))
          .selectByValue("drafters");
      browser.click(By.cssSelector(".visibility-form button[type=submit]"));
      browser.waitForText(
          By.cssSelector(".visibility-now"), "Only the drafting team reads the working text.");
      browser.click(By.cssSelector("button.publish-version"));
      browser.waitForText(By.cssSelector("table.versions"), "Published on");
      browser.screenshot("versions-published");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the versions screen");

      browser.go("#/laws/" + slug + "?lang=en");
      browser.waitForText(By.cssSelector(".reader-switch"), "Latest published version");
      assertTrue(browser.find(By.id("article-art_1")).getText().contains("still weighing"));

      browser.logOut().go("#/laws/" + slug + "?lang=en");
      String notice =
          browser.waitForText(By.cssSelector(".published-notice"), "Borrador público").getText();
      assertTrue(notice.contains("latest published version"), notice);
      String article = browser.find(By.id("article-art_1")).getText();
      assertTrue(article.contains("This Law guarantees parity."), article);
      assertFalse(article.contains("still weighing"), article);
      browser.screenshot("reader-published-version");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the published version");

      browser.go("#/laws");
      browser.waitForText(
          By.xpath("//li[a[contains(@href, '/laws/" + slug + "?')]]"),
          "Working text: drafting team only");
    }
  }
}
