package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A drafter renames a chapter in place from the menu on its heading, reads its history there, and
 * edits the law's title; each change is a revision the API shows.
 */
public interface StructureJourney extends WebJourney {
  @Test
  default void aDrafterRenamesAChapterInPlaceAndReadsItsHistory() {
    String slug = newLaw();
    String drafter = account("drafter");
    By menu = By.cssSelector("#chp_1 > .division-actions .division-menu .disclosure-button");
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/laws/" + slug + "?lang=en");
      browser.click(menu);
      browser.click(By.cssSelector("#chp_1 > .division-actions button.rename-division"));
      browser.type(By.cssSelector("#chp_1 .rename-form input[name=heading]"), "Chapter I. Scope");
      browser.type(By.cssSelector("#chp_1 .rename-form input[name=message]"), "Clearer");
      browser.click(By.cssSelector("#chp_1 .rename-form button.primary"));
      browser.waitForText(By.cssSelector("#chp_1 > .division-heading"), "Chapter I. Scope");
      assertTrue(
          browser
              .find(By.cssSelector("#chp_1 > .division-heading"))
              .equals(browser.driver().switchTo().activeElement()),
          "the page stays at the renamed chapter");

      browser.click(menu);
      browser.click(By.cssSelector("#chp_1 > .division-actions button.division-history"));
      browser.waitForText(By.cssSelector("#chp_1 .division-revisions"), "Clearer");
      List<String> revisions =
          browser.driver().findElements(By.cssSelector("#chp_1 .division-revisions li")).stream()
              .map(e -> e.getText())
              .toList();
      assertEquals(2, revisions.size(), revisions.toString());
      assertTrue(revisions.get(1).startsWith("Revision 2 (renamed), " + drafter), revisions.get(1));
      assertTrue(revisions.get(1).contains("Chapter I. Scope"), revisions.get(1));
      browser.screenshot("division-history");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the division history");

      browser.click(By.cssSelector("button.edit-title"));
      browser.type(By.cssSelector(".text-part-form input[name=text]"), "Parity law");
      browser.click(By.cssSelector(".text-part-form button.primary"));
      browser.waitForText(By.tagName("h1"), "Parity law");
    }
    assertEquals(
        "Capítulo I. Generalidades",
        anonymous()
            .get("laws/" + slug + "/divisions/chp_1")
            .json()
            .getJsonObject("headings")
            .getString("es"));
    assertEquals(2, anonymous().get("laws/" + slug + "/title/revisions?lang=en").array().size());
  }
}
