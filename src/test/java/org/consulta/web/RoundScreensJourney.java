package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a new user hit on the consultation screens: drafters' screens opened by a participant,
 * server errors in the interface's language, keyboard selection in the comment form, comment cards
 * that lead to their article and name people by their display names, and a round's life as a
 * drafter steers it (confirmed closing, editing, reopening) with no reply form once it is closed.
 */
public interface RoundScreensJourney extends WebJourney, ConsultationFixture {

  private static String roundPath(long round, String slug) {
    return "#/consultations/" + round + "?law=" + slug + "&lang=en";
  }

  private static By inArticle(String eId, String css) {
    return By.cssSelector("#article-" + eId + " " + css);
  }

  @Test
  default void aParticipantOnTheDraftersScreensIsToldTheyAreForDrafters() {
    String slug = newLaw();
    long round = openRound(slug);
    String participant = registeredParticipant("mend");
    try (Browser browser = browser()) {
      browser.logIn(participant, WebJourney.PASSWORD);
      for (String screen : new String[] {"queue", "report"}) {
        browser.go("#/consultations/" + round + "/" + screen + "?law=" + slug);
        assertEquals("For drafters only", browser.heading());
        assertTrue(browser.driver().findElements(By.cssSelector("main form")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("main .problem")).isEmpty());
        assertTrue(
            browser.find(By.cssSelector(".drafters-only nav")).getText().contains("My comments"),
            browser.find(By.cssSelector(".drafters-only nav")).getText());
      }
      browser.screenshot("consultation-drafters-only");
    }
  }

  @Test
  default void aServerErrorOnAFormIsShownInTheInterfaceLanguageNamingTheLabel() {
    try (Browser browser = browser()) {
      browser.go("#/consultations/register");
      fillRegistrationWithoutCountry(browser);
      browser.click(By.cssSelector("#register-form button[type=submit]"));
      var problem = browser.waitForText(By.cssSelector("#register-form .problem"), "“Country”");
      assertTrue(problem.getText().contains("“Country”: This is required."), problem.getText());
      assertFalse(problem.getText().contains("field 'country'"), problem.getText());
      assertEquals("true", browser.find(By.id("reg-country")).getAttribute("aria-invalid"));
      browser.screenshot("consultation-register-problem-en");

      new Select(browser.find(By.id("ui-language"))).selectByValue("es");
      browser.waitForText(By.tagName("h1"), "Registr");
      fillRegistrationWithoutCountry(browser);
      browser.click(By.cssSelector("#register-form button[type=submit]"));
      var spanish = browser.waitForText(By.cssSelector("#register-form .problem"), "«País»");
      assertTrue(spanish.getText().contains("«País»: Es obligatorio."), spanish.getText());
      browser.screenshot("consultation-register-problem-es");
      new Select(browser.find(By.id("ui-language"))).selectByValue("en");
    }
  }

  private static void fillRegistrationWithoutCountry(Browser browser) {
    String username = "nocountry-" + Long.toHexString(System.nanoTime());
    browser.type(By.id("reg-username"), username);
    browser.type(By.id("reg-email"), username + "@example.org");
    browser.type(By.id("reg-password"), WebJourney.PASSWORD);
    browser.click(By.id("reg-organisation-mode-self"));
    new Select(browser.find(By.id("reg-sector"))).selectByValue("academia");
  }

  @Test
  default void aPassageSelectedWithoutTheMouseSwitchesTheFormToThatPassage() {
    String slug = newLaw();
    long round = openRound(slug);
    String participant = registeredParticipant("mend");
    try (Browser browser = browser()) {
      browser.logIn(participant, WebJourney.PASSWORD).go(roundPath(round, slug));
      browser.click(inArticle("art_2", "button.comment-article"));
      By wholeArticle = inArticle("art_2", "input[type=radio][value=article]");
      By passage = inArticle("art_2", "input[type=radio][value=passage]");
      assertTrue(browser.find(wholeArticle).isSelected());

      // As Shift and the arrow keys (with caret browsing) leave it: a selection, no mouse event.
      browser
          .driver()
          .executeScript(
              "const node = arguments[0].firstChild, at = node.data.indexOf('equality');"
                  + "const range = document.createRange();"
                  + "range.setStart(node, at); range.setEnd(node, at + 'equality'.length);"
                  + "getSelection().removeAllRanges(); getSelection().addRange(range);",
              browser.find(inArticle("art_2", ".consulted-text")));
      browser.waitForText(inArticle("art_2", ".selected-quote"), "equality");
      assertTrue(browser.find(passage).isSelected());
      assertEquals("equality", browser.find(inArticle("art_2", ".selected-quote q")).getText());

      browser.click(wholeArticle);
      browser.waitForText(inArticle("art_2", ".selected-quote"), "whole article");
      new Actions(browser.driver())
          .keyDown(Keys.CONTROL)
          .sendKeys("a")
          .keyUp(Keys.CONTROL)
          .perform();
      browser.waitForText(inArticle("art_2", ".selected-quote q"), "Alternation");
      assertTrue(browser.find(passage).isSelected());
      String quote = browser.find(inArticle("art_2", ".selected-quote q")).getText();
      assertTrue(quote.startsWith("1. Parity is equality."), quote);
      browser.type(inArticle("art_2", "textarea[name=text]"), "On the whole of it.");
      browser.click(inArticle("art_2", ".comment-form button[type=submit]"));
      browser.waitForText(inArticle("art_2", ".notice.sent"), "Alternation");
    }
    JsonObject sent =
        admin().get("consultations/" + round + "/comments").expect(200).array().getJsonObject(0);
    assertEquals(0, sent.getJsonObject("passage").getInt("start"));
  }

  @Test
  default void aCardLeadsToItsArticleAndNamesPeopleByTheirDisplayNames() {
    String slug = newLaw();
    long round = openRound(slug);
    String participant = registeredParticipant("mend");
    Api author = anonymous().as(participant, WebJourney.PASSWORD);
    long comment = comment(author, round, "art_2", "Define alternation.");
    String drafter = "drafter-" + Long.toHexString(System.nanoTime());
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"displayName\": \"Lucía Gómez\", \"password\": \"%s\", \"roles\": [\"drafter\"]}"
                .formatted(drafter, WebJourney.PASSWORD))
        .expect(201);
    anonymous()
        .as(drafter, WebJourney.PASSWORD)
        .put(
            "comments/" + comment + "/disposition",
            "{\"disposition\": \"noted\", \"response\": \"Thank you.\"}",
            null)
        .expect(200);
    try (Browser browser = browser()) {
      browser.logIn(participant, WebJourney.PASSWORD);
      browser.go("#/consultations/" + round + "/mine?law=" + slug);
      var card = browser.waitForText(By.cssSelector(".comment-card"), "Thank you.");
      assertTrue(card.getText().contains("Lucía Gómez"), card.getText());
      assertTrue(card.getText().contains("Participant " + participant), card.getText());
      assertFalse(card.getText().contains(drafter), card.getText());
      browser.screenshot("consultation-card-names");
      var link = browser.find(By.cssSelector(".comment-card a.article-link"));
      String target = link.getDomAttribute("href");
      assertTrue(
          target.startsWith("#/consultations/" + round + "?law=" + slug)
              && target.endsWith("&article=art_2"),
          target);
      link.click();
      browser.waitForRoute(target);
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
          .until(
              d ->
                  "heading-art_2"
                      .equals(browser.driver().executeScript("return document.activeElement.id")));
    }
  }

  @Test
  default void aDrafterClosesWithConfirmationEditsAndReopensARound() {
    String slug = newLaw();
    long round = openRound(slug);
    String participant = registeredParticipant("mend");
    comment(anonymous().as(participant, WebJourney.PASSWORD), round, "art_1", "Before closing.");
    String rounds = "laws/" + slug + "/consultations/" + round;
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD).go("#/laws/" + slug + "/versions?lang=en");
      browser.click(By.cssSelector(".rounds button.round-close"));
      browser.waitForText(By.cssSelector(".confirm-close"), "Close it now?");
      assertEquals("open", admin().get(rounds).expect(200).json().getString("status"));
      browser.screenshot("rounds-confirm-close");
      browser.click(By.cssSelector(".confirm-close button.round-closed"));
      browser.waitFor(By.cssSelector(".rounds .reopen-round-button"));
      assertEquals("closed", admin().get(rounds).expect(200).json().getString("status"));

      browser.click(By.cssSelector(".rounds .edit-round-button"));
      browser.type(By.cssSelector(".edit-round-form [name='texts.es.title']"), "Ronda regional");
      browser.type(By.cssSelector(".edit-round-form [name='texts.en.title']"), "Regional round");
      browser.type(By.cssSelector(".edit-round-form [name=title]"), " ");
      browser.click(By.cssSelector(".edit-round-form button[type=submit]"));
      var problem = browser.waitForText(By.cssSelector(".edit-round-form .problem"), "“Title”");
      assertTrue(problem.getText().contains("“Title”: This is required."), problem.getText());
      browser.type(By.cssSelector(".edit-round-form [name=title]"), "Round");
      browser.click(By.cssSelector(".edit-round-form button[type=submit]"));
      // Saved, the screen is drawn again with the form folded away.
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
          .until(
              ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".edit-round-form")));
      JsonObject texts = admin().get(rounds).expect(200).json().getJsonObject("texts");
      assertEquals("Ronda regional", texts.getJsonObject("es").getString("title"));
      assertEquals("Regional round", texts.getJsonObject("en").getString("title"));
    }
    try (Browser browser = browser()) {
      browser.logIn(participant, WebJourney.PASSWORD);
      browser.go(roundPath(round, slug));
      assertEquals("Regional round", browser.heading());
      assertTrue(browser.driver().findElements(By.cssSelector(".comment-article")).isEmpty());
      browser.go("#/consultations/" + round + "/mine?law=" + slug);
      browser.click(By.cssSelector(".comment-card .show-replies"));
      browser.waitForText(By.cssSelector(".comment-card .replies-closed"), "closed");
      assertTrue(browser.driver().findElements(By.cssSelector(".reply-form")).isEmpty());
      browser.screenshot("consultation-closed-no-reply");
    }
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD).go("#/laws/" + slug + "/versions?lang=en");
      browser.click(By.cssSelector(".rounds .reopen-round-button"));
      browser.click(By.cssSelector(".reopen-round-form button[type=submit]"));
      browser.waitFor(By.cssSelector(".rounds button.round-close"));
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
          .until(
              ExpectedConditions.numberOfElementsToBe(By.cssSelector(".reopen-round-button"), 0));
      assertEquals("open", admin().get(rounds).expect(200).json().getString("status"));
    }
  }
}
