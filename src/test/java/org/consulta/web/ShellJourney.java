package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The shell: user text stays text, snippets keep only their highlight, the language switches. */
public interface ShellJourney extends WebJourney {
  String HOSTILE = "<img src=x onerror=\"document.title='owned'\"> <b>bold</b> & more";

  @Test
  default void userTextIsShownAsTextAndTheInterfaceSpeaksSpanish() {
    String slug = newLaw();
    String etag =
        admin().get("laws/" + slug + "/articles/art_1?lang=en").expect(200).header("ETag");
    admin()
        .put(
            "laws/" + slug + "/articles/art_1?lang=en",
            "{\"text\": \"" + HOSTILE.replace("\"", "\\\"") + "\"}",
            etag)
        .expect(200);
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "?lang=en");
      var text = browser.find(By.cssSelector("#article-art_1 .article-text"));
      assertEquals(HOSTILE, text.getText());
      assertTrue(browser.driver().findElements(By.cssSelector("main img, main b")).isEmpty());

      Object kept =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[0];"
                      + "import('./app/dom.js').then(({snippet}) => {"
                      + "  const box = document.createElement('div');"
                      + "  box.append(snippet('a <mark>mujer</mark> &lt;i&gt; <img src=x><em>b</em>'));"
                      + "  done([box.textContent, [...box.querySelectorAll('*')].map(e => e.localName)]);"
                      + "});");
      assertEquals(List.of("a mujer <i> b", List.of("mark")), kept);

      new Select(browser.find(By.id("ui-language"))).selectByValue("es");
      browser.waitForText(By.cssSelector(".main-nav"), "Leyes");
      assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      browser.go("#/laws");
      assertEquals("Leyes modelo", browser.heading());
      assertTrue(!browser.driver().getTitle().contains("owned"));
    }
  }

  @Test
  default void aDateNoBrowserCanHoldIsShownAsTextRatherThanThrown() {
    try (Browser browser = browser()) {
      browser.go("#/laws");
      Object shown =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[0];"
                      + "import('./app/i18n.js').then(({formatDate}) => done(["
                      + "  formatDate('+999999-01-01T00:00:00Z'),"
                      + "  formatDate('2026-12-01T00:00:00Z').includes('2026')]),"
                      + "  error => done(String(error)));");
      assertEquals(List.of("+999999-01-01T00:00:00Z", true), shown);
    }
  }
}
