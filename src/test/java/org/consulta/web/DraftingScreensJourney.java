package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.api.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The drafter's screens: one menu per article, a delete confirmed in the page and undone, the page
 * staying at the article; people named by their names; the whole-law redline summed up.
 */
public interface DraftingScreensJourney extends WebJourney {
  private static By inArticle(String eId, String css) {
    return By.cssSelector("#article-" + eId + " " + css);
  }

  private static String focused(Browser browser) {
    return (String)
        browser
            .driver()
            .executeScript(
                "const e = document.activeElement;"
                    + " return (e.id || e.className) + (e.dataset.eid ? ':' + e.dataset.eid : '');");
  }

  private static boolean inView(Browser browser, By by) {
    return (Boolean)
        browser
            .driver()
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight;",
                browser.find(by));
  }

  @Test
  default void aDrafterDeletesAnArticleFromItsMenuUndoesItAndStaysThere() {
    String slug = newLaw();
    String drafter = "maria-" + Long.toHexString(System.nanoTime());
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"displayName\": \"María López\", \"password\": \"%s\", \"roles\": [\"drafter\"]}"
                .formatted(drafter, PASSWORD))
        .expect(201);
    By menu = inArticle("art_2", ".article-menu .disclosure-button");
    try (Browser browser = browser(Browser.PHONE)) {
      browser.logIn(drafter, PASSWORD).go("#/laws/" + slug + "?lang=en");
      browser.click(menu);
      assertEquals("true", browser.find(menu).getDomAttribute("aria-expanded"));
      assertEquals(
          List.of("History (rev. 1)", "Comparable legislation", "Edit", "Move"),
          browser.driver().findElements(inArticle("art_2", ".menu-list li")).stream()
              .limit(4)
              .map(WebElement::getText)
              .toList());
      browser
          .driver()
          .executeScript(
              "arguments[0].focus()", browser.find(inArticle("art_2", "button.delete-article")));
      new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
      assertEquals("false", browser.find(menu).getDomAttribute("aria-expanded"));
      assertTrue(focused(browser).contains("disclosure-button"), focused(browser));

      browser.click(menu);
      browser.click(inArticle("art_2", "button.delete-article"));
      browser.waitForText(inArticle("art_2", ".confirm-delete"), "Delete Article 2. Definitions?");
      assertTrue(focused(browser).contains("confirm-delete"), focused(browser));
      browser.screenshot("article-delete-confirm");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the delete confirmation");
      browser.click(inArticle("art_2", ".confirm-delete button.confirm"));

      By notice = By.cssSelector(".deleted-article[data-eid='art_2']");
      browser.waitForText(notice, "Article 2. Definitions: deleted.");
      assertTrue(browser.driver().findElements(By.id("article-art_2")).isEmpty());
      assertTrue(
          browser.find(By.id("h-art_3")).getText().startsWith("Article 2."), "art_3 renumbered");
      assertTrue(focused(browser).contains("deleted-article"), focused(browser));
      assertTrue(inView(browser, notice), "the page stays where the article was");
      browser.screenshot("article-deleted-undo");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the undo notice");

      browser.click(By.cssSelector(".deleted-article button.undo-delete"));
      browser.waitForText(By.id("h-art_2"), "Article 2. Definitions");
      browser.waitForText(By.id("h-art_3"), "Article 3.");
      assertEquals("h-art_2", focused(browser));
      assertTrue(inView(browser, By.id("h-art_2")), "the page stays at the restored article");

      browser.go("#/laws/" + slug + "/articles/art_2/history?lang=en");
      String table = browser.find(By.tagName("table")).getText();
      assertTrue(table.contains("restored") && table.contains("María López"), table);
      assertFalse(table.contains(drafter), table);
      browser.go("#/laws/" + slug + "/articles/art_2/diff?lang=en&from=1&to=3");
      assertEquals("Article 2: revision 1 → 3", browser.heading());

      admin().delete("laws/" + slug + "/articles/art_3").expect(204);
      browser.go("#/laws/" + slug + "/articles/art_3/history?lang=en");
      assertTrue(browser.heading().startsWith("History: Deleted article “"), browser.heading());
      browser.click(By.cssSelector("button.restore-article"));
      browser.waitForText(By.id("h-art_3"), "Article 3.");
      assertEquals("h-art_3", focused(browser));
    }
    var history = admin().get("laws/" + slug + "/articles/art_2/revisions?lang=es").array();
    assertEquals("RESTORED", history.getJsonObject(2).getString("change"));
  }

  @Test
  default void theRedlineOfTwoVersionsIsSummedUpWithoutEmptyBoxes() {
    String slug = newLaw();
    String law = "laws/" + slug;
    admin().post(law + "/versions", "{\"label\": \"Draft A\"}").expect(201);
    admin()
        .post(
            law + "/articles", "{\"after\": \"art_1\", \"texts\": {\"en\": {\"text\": \"New.\"}}}")
        .expect(201);
    admin()
        .put(
            law + "/articles/art_1?lang=en",
            "{\"text\": \"This Law guarantees full parity.\"}",
            "\"en-1\"")
        .expect(200);
    admin().delete(law + "/articles/art_3").expect(204);
    admin().post(law + "/versions", "{\"label\": \"Draft B\"}").expect(201);
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "/diff?lang=en&from=1&to=2");
      assertEquals("Changes: Draft A → Draft B", browser.heading());
      assertEquals(
          "1 changed\n1 inserted\n1 deleted\n1 renumbered",
          browser.find(By.cssSelector(".diff-summary")).getText());
      assertEquals(
          "Article 2 is now Article 3.",
          browser.find(By.cssSelector(".renumbered-group li[data-eid='art_2']")).getText());
      assertTrue(
          browser
              .driver()
              .findElements(By.cssSelector("article.change[data-eid='art_2']"))
              .isEmpty(),
          "no box for an article that was only renumbered");
      assertEquals(
          List.of("art_1", "art_4", "art_2", "art_3"),
          browser.driver().findElements(By.cssSelector("[data-eid]")).stream()
              .map(e -> e.getDomAttribute("data-eid"))
              .toList(),
          "reading order, the deleted art_3 where it stood");
      browser.screenshot("law-redline-summary");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the whole-law redline");
    }
  }

  @Test
  default void theVersionsScreenFitsAPhone() {
    String law = "laws/" + newLaw();
    for (String label :
        List.of(
            "First draft sent to the ministries and parliaments for the consultation",
            "Second draft after the face-to-face meetings with specialists and organisations")) {
      admin().post(law + "/versions", "{\"label\": \"%s\"}".formatted(label)).expect(201);
    }
    try (Browser browser = browser(Browser.PHONE)) {
      browser.logIn("admin", Deployments.ADMIN_PASSWORD).go("#/" + law + "/versions?lang=en");
      browser.waitFor(By.cssSelector(".compare-versions select"));
      browser.screenshot("versions-phone");
      assertEquals(
          List.of(),
          browser
              .driver()
              .executeScript(
                  "const main = document.querySelector('main');"
                      + " const edge = main.getBoundingClientRect().right"
                      + " - parseFloat(getComputedStyle(main).paddingRight);"
                      + " return [...main.querySelectorAll('*')]"
                      + ".filter((e) => !e.closest('.table-wrap'))"
                      + ".filter((e) => e.getBoundingClientRect().right > edge + 0.5)"
                      + ".map((e) => e.tagName + '.' + e.className);"),
          "nothing outside a scrolling table reaches past the page's margin on a 390 px phone");
    }
  }
}
