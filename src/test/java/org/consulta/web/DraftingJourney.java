package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Drafters at work in the browser: reading, editing with a redline, and editing at once. */
public interface DraftingJourney extends WebJourney {
  private static By article(String eId) {
    return By.id("article-" + eId);
  }

  private static By inArticle(String eId, String css) {
    return By.cssSelector("#article-" + eId + " " + css);
  }

  private static void startEditing(Browser browser, String eId) {
    browser.click(inArticle(eId, ".article-menu .disclosure-button"));
    browser.click(inArticle(eId, "button.edit-article"));
    browser.waitFor(inArticle(eId, "form.editor textarea"));
  }

  private static void replaceText(Browser browser, String eId, String text) {
    browser.type(inArticle(eId, "form.editor textarea[name=text]"), text);
  }

  private static void save(Browser browser, String eId) {
    browser.click(inArticle(eId, "form.editor button[type=submit]"));
  }

  @Test
  default void aDrafterEditsAnArticleAndSeesTheRedline() {
    String slug = newLaw();
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/laws");
      assertTrue(browser.find(By.cssSelector(".law-cards")).getText().contains("Test law"));
      browser.screenshot("laws");

      browser.go("#/laws/" + slug + "?lang=en");
      assertEquals("Test law", browser.heading());
      browser.screenshot("law-reader");

      startEditing(browser, "art_1");
      browser.screenshot("article-editor");
      replaceText(browser, "art_1", "This Law guarantees full parity.");
      save(browser, "art_1");
      var saved = browser.waitForText(inArticle("art_1", ".notice.saved"), "revision 2");
      assertEquals("full ", saved.findElement(By.tagName("ins")).getText());
      assertTrue(
          browser.find(inArticle("art_1", ".article-text")).getText().contains("full parity"));
      browser.screenshot("article-saved-redline");

      browser.go("#/laws/" + slug + "/articles/art_1/diff?lang=en&from=1&to=2");
      assertEquals("full ", browser.find(By.cssSelector(".side-by-side .after ins")).getText());
      browser.screenshot("article-diff-side-by-side");

      browser.go("#/laws/" + slug + "/versions?lang=en");
      browser.type(By.cssSelector("form.record-version input[name=label]"), "Draft 1");
      browser.click(By.cssSelector("form.record-version button[type=submit]"));
      browser.waitForText(By.cssSelector("table.versions"), "Draft 1");
      browser.screenshot("versions");
      browser.go("#/laws/" + slug + "/translations?lang=en");
      assertTrue(browser.find(By.tagName("table")).getText().contains("Artículo 1. Objeto"));
      browser.screenshot("translations");

      browser.resize(Browser.PHONE);
      browser.go("#/laws/" + slug + "?lang=es&article=art_1");
      assertTrue(browser.find(article("art_1")).getText().contains("paridad"));
      browser.screenshot("law-reader-phone-es");
    }
    var head = admin().get("laws/" + slug + "/articles/art_1?lang=en").expect(200).json();
    assertEquals(2, head.getInt("revision"));
  }

  @Test
  default void twoDraftersEditingTheSameArticleSeeTheMergeOrTheConflict() {
    String slug = newLaw();
    String first = account("drafter");
    String second = account("drafter");
    String law = "#/laws/" + slug + "?lang=en";
    try (Browser one = browser();
        Browser two = browser()) {
      one.logIn(first, PASSWORD).go(law);
      two.logIn(second, PASSWORD).go(law);
      startEditing(one, "art_2");
      startEditing(two, "art_2");
      replaceText(one, "art_2", "1. Parity is real equality.\n\n2. Alternation is order.");
      save(one, "art_2");
      one.waitForText(inArticle("art_2", ".notice.saved"), "revision 2");
      replaceText(two, "art_2", "1. Parity is equality.\n\n2. Alternation is strict order.");
      save(two, "art_2");
      two.waitForText(inArticle("art_2", ".notice.merged"), "revision 3");
      assertTrue(
          two.find(inArticle("art_2", ".article-text"))
              .getText()
              .contains("real equality.\n2. Alternation is strict order"),
          two.find(inArticle("art_2", ".article-text")).getText());
      two.screenshot("edit-merged");

      one.go(law);
      two.go(law);
      startEditing(one, "art_3");
      startEditing(two, "art_3");
      replaceText(one, "art_3", "This Law enters into force the same day.");
      save(one, "art_3");
      one.waitForText(inArticle("art_3", ".notice.saved"), "revision 2");
      replaceText(two, "art_3", "This Law enters into force a month later.");
      save(two, "art_3");
      var conflict = two.find(inArticle("art_3", ".conflict"));
      assertTrue(conflict.getText().contains("a month later"), conflict.getText());
      assertEquals("same", conflict.findElement(By.cssSelector(".conflict-theirs ins")).getText());
      two.screenshot("edit-conflict");
    }
    var head = admin().get("laws/" + slug + "/articles/art_3?lang=en").expect(200).json();
    assertEquals("This Law enters into force the same day.", head.getString("text"));
  }
}
