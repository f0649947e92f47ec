package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.consulta.api.ArticleEditingContract;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reader follows a reference that names the article's number after an insertion; once its target
 * is deleted, drafters see the reference marked.
 */
public interface CrossReferenceJourney extends WebJourney {

  @Test
  default void aReferenceLinksToItsRenumberedArticleAndIsMarkedOnceItIsDeleted() {
    String slug = newLaw();
    admin()
        .put(
            "laws/" + slug + "/articles/art_1?lang=es",
            ArticleEditingContract.edit("La presente Ley se aplica conforme al artículo 3."),
            "\"es-1\"")
        .expect(200);
    admin()
        .post(
            "laws/" + slug + "/articles",
            "{\"after\": \"art_1\", \"texts\": {\"es\": {\"text\": \"Nuevo.\"}}}")
        .expect(201);
    By link = By.cssSelector("#article-art_1 a.xref");
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "?lang=es");
      browser.waitForText(link, "artículo 4");
      browser.screenshot("cross-reference");
      browser.click(link);
      browser.waitForRoute("#/laws/" + slug + "?lang=es&article=art_3");
    }

    admin().delete("laws/" + slug + "/articles/art_3").expect(204);
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/laws/" + slug + "?lang=es");
      browser.waitForText(By.cssSelector("#article-art_1 mark.xref-broken"), "artículo 3");
      assertEquals(0, browser.driver().findElements(link).size());
      browser.screenshot("cross-reference-broken");
    }
  }
}
