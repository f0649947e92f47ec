package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Participants and drafters in a consultation round, in the browser: registering, selecting a
 * passage and commenting, following the passage through a revision, the drafters' answer, and
 * hostile comment text shown as text.
 */
public interface ConsultationJourney extends WebJourney, ConsultationFixture {
  String HOSTILE =
      "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> hello";

  private static String roundPath(long round, String slug) {
    return "#/consultations/" + round + "?law=" + slug + "&lang=en";
  }

  private static By inArticle(String eId, String css) {
    return By.cssSelector("#article-" + eId + " " + css);
  }

  @Test
  default void aParticipantCommentsOnAPassageFollowsItAndReadsTheAnswer() {
    String slug = newLaw();
    long round = openRound(slug);
    String username = "reg-" + Long.toHexString(System.nanoTime());
    try (Browser participant = browser()) {
      register(participant, username);
      participant.go(roundPath(round, slug));
      assertEquals("Round", participant.heading());
      selectWithMouse(participant, "art_1", "guarantees");
      participant.click(inArticle("art_1", "button.comment-passage"));
      assertEquals(
          "guarantees", participant.find(inArticle("art_1", ".selected-quote q")).getText());
      participant.screenshot("consultation-comment-form");
      participant.type(inArticle("art_1", "textarea[name=text]"), "Say how it is guaranteed.");
      participant.click(inArticle("art_1", ".comment-form button[type=submit]"));
      participant.waitForText(inArticle("art_1", ".notice.sent"), "guarantees");

      commentWithKeyboard(participant);
      participant.screenshot("consultation-reader");

      editArticle(slug, "art_1", "This Law fully ensures parity.");
      String mine = "#/consultations/" + round + "/mine?law=" + slug;
      participant.go(mine);
      var card = participant.waitForText(By.cssSelector(".comment-list"), "Changed");
      assertTrue(
          card.getText().contains("in revision 2 it reads: “fully ensures”"), card.getText());
      assertTrue(card.getText().contains("Not answered by the drafters yet"), card.getText());
      participant.screenshot("consultation-my-comments");

      answerInQueue(round, slug);

      participant.go(roundPath(round, slug)).go(mine);
      var answered = participant.waitForText(By.cssSelector(".comment-list"), "We will say so.");
      assertTrue(answered.getText().contains("Accepted"), answered.getText());
      participant.find(By.cssSelector(".where-now summary")).click();
      assertEquals("fully ensures", participant.find(By.cssSelector(".where-now mark")).getText());
      participant.screenshot("consultation-my-comments-answered");
      participant.resize(Browser.PHONE);
      participant.go(roundPath(round, slug));
      participant.screenshot("consultation-reader-phone");
      participant.go(mine);
      participant.waitFor(By.cssSelector(".comment-card"));
      participant.screenshot("consultation-my-comments-phone");
    }
  }

  @Test
  default void aHostileCommentIsShownAsTextAndRunsNothing() {
    String slug = newLaw();
    long round = openRound(slug);
    var author = participant();
    author
        .post(
            "consultations/" + round + "/comments",
            "{\"article\": \"art_2\", \"lang\": \"en\", \"text\": \"%s\"}"
                .formatted(HOSTILE.replace("\"", "\\\"")))
        .expect(201);
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD);
      browser.go("#/consultations/" + round + "/queue?law=" + slug);
      var text = browser.waitForText(By.cssSelector(".comment-card .comment-text"), "hello");
      assertEquals(HOSTILE, text.getText());
      assertTrue(browser.driver().findElements(By.cssSelector("main img")).isEmpty());
      assertTrue(browser.driver().findElements(By.cssSelector("main script")).isEmpty());
      assertNull(browser.driver().executeScript("return window.__pwned"));
      browser.screenshot("consultation-queue-hostile");
    }
  }

  @Test
  default void aPassageAfterAnAstralCharacterIsSentInCodePoints() {
    String slug = newLaw();
    editArticle(slug, "art_3", "Women \uD83D\uDC69\uD83C\uDFFD lead; parity is the rule.");
    long round = openRound(slug);
    String username = "astral-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "password": "%s", "email": "%s@example.org", "country": "BR",
             "sector": "academia"}
            """
                .formatted(username, WebJourney.PASSWORD, username))
        .expect(201);
    try (Browser browser = browser()) {
      browser.logIn(username, WebJourney.PASSWORD).go(roundPath(round, slug));
      selectWithMouse(browser, "art_3", "parity");
      browser.click(inArticle("art_3", "button.comment-passage"));
      browser.type(inArticle("art_3", "textarea[name=text]"), "Parity for whom?");
      browser.click(inArticle("art_3", ".comment-form button[type=submit]"));
      browser.waitForText(inArticle("art_3", ".notice.sent"), "parity");
    }
    var passage =
        admin()
            .get("consultations/" + round + "/comments?article=art_3")
            .expect(200)
            .array()
            .getJsonObject(0)
            .getJsonObject("passage");
    // Two UTF-16 units for the woman, two for the skin tone: 15 code points, 17 units.
    assertEquals(15, passage.getInt("start"));
    assertEquals("parity", passage.getString("quote"));
  }

  private void register(Browser browser, String username) {
    browser.go("#/consultations/register");
    browser.type(By.id("reg-username"), username);
    browser.type(By.id("reg-displayName"), "Ana Pérez");
    browser.type(By.id("reg-email"), username + "@example.org");
    browser.type(By.id("reg-password"), WebJourney.PASSWORD);
    browser.click(By.id("reg-organisation-mode-new"));
    browser.type(By.id("reg-organisation"), "Red de Mujeres");
    new Select(browser.find(By.id("reg-country"))).selectByValue("MX");
    new Select(browser.find(By.id("reg-sector"))).selectByValue("civil_society");
    browser.screenshot("consultation-register");
    browser.click(By.cssSelector("#register-form button[type=submit]"));
    browser.waitForText(By.cssSelector(".account .who"), "Ana Pérez");
  }

  /** Selects a word of an article's text as a mouse drag leaves it: a document selection. */
  private static void selectWithMouse(Browser browser, String eId, String word) {
    var text = browser.find(inArticle(eId, ".consulted-text"));
    browser
        .driver()
        .executeScript(
            "const node = arguments[0].firstChild, at = node.data.indexOf(arguments[1]);"
                + "const range = document.createRange();"
                + "range.setStart(node, at); range.setEnd(node, at + arguments[1].length);"
                + "getSelection().removeAllRanges(); getSelection().addRange(range);"
                + "arguments[0].dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
            text,
            word);
  }

  /** Comments on "equality" in article 2, choosing it with Shift and the arrow keys. */
  private static void commentWithKeyboard(Browser browser) {
    browser.click(inArticle("art_2", "button.comment-article"));
    browser.click(By.cssSelector("#article-art_2 input[type=radio][value=passage]"));
    var picker = browser.find(inArticle("art_2", "textarea.passage-picker"));
    picker.click();
    picker.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
    for (int i = 0; i < "1. Parity is ".length(); i++) {
      picker.sendKeys(Keys.ARROW_RIGHT);
    }
    for (int i = 0; i < "equality".length(); i++) {
      picker.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
    }
    assertEquals("equality", browser.find(inArticle("art_2", ".selected-quote q")).getText());
    browser.type(inArticle("art_2", "textarea[name=text]"), "Which equality?");
    browser.click(inArticle("art_2", ".comment-form button[type=submit]"));
    browser.waitForText(inArticle("art_2", ".notice.sent"), "equality");
  }

  private void editArticle(String slug, String eId, String text) {
    String path = "laws/" + slug + "/articles/" + eId + "?lang=en";
    String etag = admin().get(path).expect(200).header("ETag");
    admin().put(path, "{\"text\": \"%s\"}".formatted(text), etag).expect(200);
  }

  private void answerInQueue(long round, String slug) {
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD);
      browser.go("#/consultations/" + round + "/queue?law=" + slug);
      new Select(browser.find(By.cssSelector(".filters select[name=article]")))
          .selectByValue("art_1");
      new Select(browser.find(By.cssSelector(".filters select[name=disposition]")))
          .selectByValue("none");
      browser.click(By.cssSelector(".filters button[type=submit]"));
      browser.waitForRoute(
          "#/consultations/"
              + round
              + "/queue?law="
              + slug
              + "&article=art_1&disposition=none&offset=0");
      browser.waitForText(By.cssSelector(".queue-count"), "1 to 1 of 1");
      browser.screenshot("consultation-queue");
      browser.click(By.cssSelector(".comment-card .answer-button"));
      new Select(browser.find(By.cssSelector(".answer-form select[name=disposition]")))
          .selectByValue("accepted");
      browser.type(By.cssSelector(".answer-form textarea[name=response]"), "We will say so.");
      browser.click(By.cssSelector(".answer-form button[type=submit]"));
      browser.waitForText(By.cssSelector(".comment-card .answer"), "Accepted");
      browser.screenshot("consultation-queue-answered");
      browser.resize(Browser.PHONE);
      browser.go("#/consultations/" + round + "/queue?law=" + slug);
      browser.screenshot("consultation-queue-phone");
    }
  }
}
