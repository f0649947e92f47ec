package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.consulta.api.ConsultationFixture;
import org.consulta.api.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The main screens pass axe-core's WCAG 2 A/AA rules at desktop and phone size, for visitors,
 * drafters, participants (their mail setting) and admins (the mail outbox), and the keyboard finds
 * the skip link first and always sees where it is.
 */
public interface AccessibilityJourney extends WebJourney, ConsultationFixture, ResearchCorpus {
  /** A route to audit and an element that shows it has finished loading. */
  record Screen(String route, By ready) {}

  private static List<Screen> visitorScreens(String slug, long round) {
    String article = "#/laws/" + slug + "/articles/art_1";
    String provision =
        URLEncoder.encode("cl/es/ley-web-1/art-1", StandardCharsets.UTF_8).replace("+", "%20");
    return List.of(
        new Screen("#/laws", By.cssSelector(".law-cards")),
        new Screen("#/laws/" + slug + "?lang=en", By.id("article-art_1")),
        new Screen(article + "/history?lang=es", By.tagName("table")),
        new Screen(article + "/diff?lang=es&from=1&to=2", By.cssSelector(".article-text ins")),
        new Screen("#/research?q=" + WORD, By.cssSelector(".hit")),
        new Screen("#/research/work?q=paridad", By.cssSelector(".article-hit")),
        new Screen("#/laws/" + slug + "/references?lang=en", By.cssSelector(".overview-country")),
        new Screen("#/research/provisions/" + provision, By.cssSelector(".provision-text")),
        new Screen("#/consultations", By.cssSelector(".round-list")),
        new Screen(
            "#/consultations/" + round + "?law=" + slug + "&lang=en", By.id("article-art_1")),
        new Screen(
            "#/consultations/" + round + "/docket?law=" + slug, By.cssSelector(".docket-list")),
        new Screen("#/consultations/register", By.id("reg-username")),
        new Screen("#/login", By.id("login-username")));
  }

  private static List<Screen> drafterScreens(String slug, long round) {
    return List.of(
        new Screen("#/laws", By.cssSelector(".law-cards")),
        new Screen("#/laws/" + slug + "?lang=en", By.cssSelector(".article-menu button")),
        new Screen("#/laws/" + slug + "/versions?lang=en", By.cssSelector("form.record-version")),
        new Screen("#/research?q=" + WORD, By.cssSelector(".hit")),
        new Screen("#/research/work?q=aporte&scope=comments", By.cssSelector(".comment-hit")),
        new Screen(
            "#/laws/" + slug + "/articles/art_1/comparable?lang=en",
            By.cssSelector("#references .reference-actions")),
        new Screen("#/consultations", By.cssSelector(".round-list")),
        new Screen("#/consultations/" + round + "/queue?law=" + slug, By.cssSelector(".filters")),
        new Screen("#/consultations/" + round + "/report", By.id("chart-country")),
        new Screen("#/research/imports", By.id("import-file")),
        new Screen("#/organisations", By.id("organisation-search")));
  }

  private static List<Screen> participantScreens(String slug, long round) {
    return List.of(
        new Screen(
            "#/consultations/" + round + "/mine?law=" + slug,
            By.cssSelector(".mail-setting-form")));
  }

  @Test
  default void theMainScreensHaveNoSeriousAccessibilityViolations() {
    loadResearchCorpus();
    String slug = newLaw();
    edit(slug, "art_1", "Esta Ley garantiza la paridad plena.");
    long round = openRound(slug);
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"publishesContributions\": true}")
        .expect(200);
    comment(participant(), round, "art_1", "Un aporte publicado.");
    admin()
        .post(
            "laws/" + slug + "/articles/art_1/references",
            "{\"provision\": \"cl/es/ley-web-1/art-1\", \"note\": \"Same duty.\"}")
        .expect(201);
    String drafter = account("drafter");
    String participant = account("participant");
    List<String> found = new ArrayList<>();
    try (Browser browser = browser()) {
      audit(browser, visitorScreens(slug, round), "visitor", found);
      browser.logIn(drafter, WebJourney.PASSWORD);
      audit(browser, drafterScreens(slug, round), "drafter", found);
      browser
          .go("#/laws/" + slug + "?lang=en")
          .click(By.cssSelector("#article-art_1 .article-menu .disclosure-button"));
      report(browser, "drafter's article menu open", found);
      browser.click(By.cssSelector("#article-art_1 button.edit-article"));
      browser.waitFor(By.cssSelector("form.editor textarea"));
      report(browser, "drafter editing an article", found);
      browser
          .go("#/consultations/" + round + "/queue?law=" + slug)
          .click(By.cssSelector(".subscription summary"));
      browser.waitFor(By.cssSelector(".subscription-form"));
      report(browser, "drafter subscribing to a round's digest", found);

      browser.logOut().logIn(participant, WebJourney.PASSWORD);
      audit(browser, participantScreens(slug, round), "participant", found);
      NotificationTables.mail("answered", "a11y@example.org", "failed", 10, "550 no mailbox");
      browser.logOut().logIn("admin", Deployments.ADMIN_PASSWORD);
      audit(
          browser,
          List.of(new Screen("#/admin/mail", By.cssSelector(".outbox-table"))),
          "admin",
          found);
      assertTrue(found.isEmpty(), "accessibility violations:\n" + String.join("\n", found));

      browser
          .driver()
          .executeScript("document.getElementById('main').append(document.createElement('input'))");
      assertEquals(
          List.of("label"),
          AxeAudit.seriousViolations(browser).stream().map(AxeAudit.Violation::rule).toList(),
          "the audit sees a field without a label");
    }
  }

  private static void audit(Browser browser, List<Screen> screens, String who, List<String> found) {
    for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
      browser.resize(size);
      for (Screen screen : screens) {
        browser.go(screen.route()).waitFor(screen.ready());
        report(browser, who + " " + size.width + "px " + screen.route(), found);
      }
    }
    browser.resize(Browser.DESKTOP);
  }

  private static void report(Browser browser, String where, List<String> found) {
    AxeAudit.seriousViolations(browser).forEach(v -> found.add(where + ": " + v));
  }

  @Test
  default void theSkipLinkComesFirstAndKeyboardFocusIsVisible() {
    String slug = newLaw();
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "?lang=en");
      var keys = new Actions(browser.driver());
      keys.sendKeys(Keys.TAB).perform();
      assertEquals("skip-link", focused(browser, "id"));
      assertFocusVisible(browser);
      for (int i = 0; i < 5; i++) {
        keys.sendKeys(Keys.TAB).perform();
        assertFocusVisible(browser);
      }
      browser.go("#/laws/" + slug + "?lang=en");
      browser.driver().executeScript("document.getElementById('skip-link').focus()");
      keys.sendKeys(Keys.ENTER).perform();
      assertEquals("main", focused(browser, "id"));
      for (int i = 0; i < 3; i++) {
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(
            Boolean.TRUE,
            browser
                .driver()
                .executeScript(
                    "return document.getElementById('main').contains(document.activeElement)"),
            "after the skip link, the keyboard moves through the content");
        assertFocusVisible(browser);
      }
    }
  }

  private static String focused(Browser browser, String property) {
    return (String) browser.driver().executeScript("return document.activeElement." + property);
  }

  /** A visible focus indicator: an outline or a box shadow on the focused element. */
  private static void assertFocusVisible(Browser browser) {
    Object style =
        browser
            .driver()
            .executeScript(
                "const s = getComputedStyle(document.activeElement);"
                    + "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                    + "return outline || s.boxShadow !== 'none' ? null"
                    + "  : document.activeElement.outerHTML.slice(0, 120);");
    assertEquals(null, style, "focus is not visible on this element");
  }
}
