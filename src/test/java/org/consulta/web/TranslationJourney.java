package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consulta.api.ArticleEditingContract;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A translator brings an article up to date from the workspace, seeing what changed in the source;
 * a new language version reads with its untranslated articles labelled.
 */
public interface TranslationJourney extends WebJourney {

  @Test
  default void aDrafterTranslatesAnArticleFlaggedByASourceEditAndConfirmsIt() {
    String slug = newLaw();
    admin()
        .put(
            "laws/" + slug + "/articles/art_3?lang=es",
            ArticleEditingContract.edit("Esta Ley entra en vigor a los sesenta días."),
            "\"es-1\"")
        .expect(200);
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/laws/" + slug + "/translations?lang=en");
      By row = By.cssSelector("tr[data-eid=art_3][data-lang=en]");
      browser.waitForText(row, "Out of date");
      browser.screenshot("translations-list");
      browser.click(By.cssSelector("tr[data-eid=art_3][data-lang=en] a.translate"));
      browser.waitForRoute("#/laws/" + slug + "/translations/art_3?lang=en");
      assertEquals(
          "a los sesenta días", browser.find(By.cssSelector(".source-changes ins")).getText());
      assertTrue(
          browser.find(By.cssSelector(".translation-state")).getText().contains("revision 1"));
      browser.screenshot("translate-article");

      browser.click(By.cssSelector("button.confirm-translation"));
      browser.waitForRoute("#/laws/" + slug + "/translations?lang=en");
      browser.waitForText(By.cssSelector("p.notice"), "Every translation is up to date.");
    }
    var article = admin().get("laws/" + slug + "/articles/art_3?lang=en").expect(200).json();
    assertTrue(!article.containsKey("needsUpdate"), article::toString);
  }

  @Test
  default void aNewLanguageVersionShowsItsUntranslatedArticlesUnderANotice() {
    String slug = newLaw();
    admin()
        .post("laws/" + slug + "/languages", "{\"lang\": \"fr\", \"title\": \"Loi d'essai\"}")
        .expect(201);
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "?lang=fr");
      var note = browser.find(By.cssSelector("#article-art_1 .untranslated-note"));
      assertTrue(note.getText().contains("Not yet translated into Français"), note.getText());
      var fallback = browser.find(By.cssSelector("#article-art_1 .article-text.fallback"));
      assertEquals("es", fallback.getAttribute("lang"));
      assertTrue(fallback.getText().contains("garantiza la paridad"), fallback.getText());
      browser.screenshot("untranslated-fallback");

      browser.go("#/laws/" + slug + "?lang=pt");
      assertTrue(
          browser.find(By.cssSelector(".language-missing")).getText().contains("no Português"));
    }
  }
}
