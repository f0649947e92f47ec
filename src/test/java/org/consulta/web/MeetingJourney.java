package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A rapporteur in the browser: a round's meetings, and what was said at one, several in a row. */
public interface MeetingJourney extends WebJourney, ConsultationFixture {

  @Test
  default void aRapporteurRecordsThreeContributionsFromAMeeting() {
    String slug = newLaw();
    long round = openRound(slug);
    String speaker = "spk-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "displayName": "Ana Gómez", "password": "%s",
             "email": "%s@example.org", "country": "CO", "sector": "parliament"}
            """
                .formatted(speaker, WebJourney.PASSWORD, speaker))
        .expect(201);
    String rapporteur = account("drafter");
    long meeting =
        anonymous()
            .as(rapporteur, WebJourney.PASSWORD)
            .post(
                "consultations/" + round + "/meetings",
                """
                {"title": "Bogotá meeting", "startsAt": "2026-03-10T09:30",
                 "timeZone": "America/Bogota", "place": "Bogotá", "organiser": "Commission",
                 "lang": "en", "attendance": {"participants": ["%s"],
                 "headCounts": [{"sector": "judiciary", "country": "CO", "people": 9}]}}
                """
                    .formatted(speaker))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    String network = "Red Andina de Juristas " + Long.toHexString(System.nanoTime());
    admin()
        .post(
            "organisations",
            "{\"name\": \"%s\", \"country\": \"PE\", \"sector\": \"civil_society\"}"
                .formatted(network))
        .expect(201);
    try (Browser browser = browser()) {
      browser.logIn(rapporteur, WebJourney.PASSWORD);
      browser.go("#/consultations/" + round + "/meetings?law=" + slug);
      var item = browser.waitForText(By.id("meeting-" + meeting), "Bogotá meeting");
      assertTrue(item.getText().contains("America/Bogota"), item.getText());
      assertTrue(item.getText().contains("10 people"), item.getText());
      holdAMeetingInTheForm(browser, network);
      browser.screenshot("meetings-list");
      browser.click(By.cssSelector("#meeting-" + meeting + " a.record"));
      browser.waitFor(By.cssSelector(".recorder-form"));

      // 1. The registered participant, on the whole of article 1.
      new Select(browser.find(By.cssSelector(".recorder-form select[name=participant]")))
          .selectByValue(speaker);
      new Select(browser.find(By.cssSelector(".recorder-form select[name=article]")))
          .selectByValue("art_1");
      browser.type(
          By.cssSelector(".recorder-form textarea[name=text]"), "Parity needs a deadline.");
      browser.click(By.cssSelector(".recorder-form button[type=submit]"));
      browser.waitForText(By.cssSelector(".recorded"), "Parity needs a deadline.");

      // 2. Someone without an account, on a passage chosen with the keyboard, not publishable.
      browser.click(By.cssSelector(".recorder-form input[type=radio][value=named]"));
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the recorder");
      browser.type(By.cssSelector(".recorder-form input[name=name]"), "Lucía Pérez");
      new Select(browser.find(By.cssSelector(".recorder-form select[name=country]")))
          .selectByValue("PE");
      new Select(browser.find(By.cssSelector(".recorder-form select[name=sector]")))
          .selectByValue("academia");
      new Select(browser.find(By.cssSelector(".recorder-form select[name=article]")))
          .selectByValue("art_2");
      browser.click(By.cssSelector(".recorder-form input[type=radio][value=passage]"));
      var picker = browser.find(By.cssSelector(".recorder-form textarea.passage-picker"));
      picker.click();
      picker.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
      for (int i = 0; i < "1. Parity is ".length(); i++) {
        picker.sendKeys(Keys.ARROW_RIGHT);
      }
      for (int i = 0; i < "equality".length(); i++) {
        picker.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
      }
      assertEquals(
          "equality", browser.find(By.cssSelector(".recorder-form .selected-quote q")).getText());
      browser.type(By.cssSelector(".recorder-form textarea[name=text]"), "Which equality?");
      browser.click(By.cssSelector(".recorder-form input[name=publishable]"));
      browser.click(By.cssSelector(".recorder-form button[type=submit]"));
      browser.waitForText(By.cssSelector(".recorded"), "Which equality?");

      // 3. The same person again, straight after, on article 3.
      new Select(browser.find(By.cssSelector(".recorder-form select[name=article]")))
          .selectByValue("art_3");
      browser.type(
          By.cssSelector(".recorder-form textarea[name=text]"), "The next day is too soon.");
      browser.click(By.cssSelector(".recorder-form button[type=submit]"));
      browser.waitForText(By.cssSelector(".recorded"), "The next day is too soon.");
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector(".recorded .comment-card"), 3));
      var cards = browser.find(By.cssSelector(".recorded")).getText();
      assertTrue(cards.contains("recorded by the rapporteur"), cards);
      assertTrue(cards.contains("Not publishable"), cards);
      browser.screenshot("meeting-recorder");
    }

    var recorded =
        admin()
            .get("consultations/" + round + "/comments?meeting=" + meeting)
            .expect(200)
            .array()
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals(
        List.of("art_1", "art_2", "art_3"),
        recorded.stream().map(c -> c.getString("article")).toList());
    JsonObject first = recorded.get(0);
    JsonObject second = recorded.get(1);
    assertEquals(speaker, first.getJsonObject("author").getString("username"));
    assertEquals("Lucía Pérez", second.getJsonObject("author").getString("displayName"));
    assertEquals("PE", second.getJsonObject("author").getString("country"));
    assertEquals("equality", second.getJsonObject("passage").getString("quote"));
    assertFalse(second.getBoolean("publishable"));
    assertTrue(recorded.get(2).getBoolean("publishable"));
    assertEquals("Lucía Pérez", recorded.get(2).getJsonObject("author").getString("displayName"));
    recorded.forEach(c -> assertEquals(rapporteur, c.getString("recordedBy")));
  }

  /**
   * A second meeting, held through the form: local time, zone, place, an organisation found in the
   * registry by name, and a head count.
   */
  private static void holdAMeetingInTheForm(Browser browser, String organisation) {
    browser.click(By.cssSelector("button.new-meeting"));
    browser.type(By.cssSelector(".meeting-form input[name=title]"), "Lima meeting");
    // Chrome's date and time control takes typing in the machine's locale; set its value instead.
    browser
        .driver()
        .executeScript(
            "arguments[0].value = '2026-04-02T15:00'",
            browser.find(By.cssSelector(".meeting-form input[name=startsAt]")));
    browser.type(By.cssSelector(".meeting-form input[name=timeZone]"), "America/Lima");
    browser.type(By.cssSelector(".meeting-form input[name=place]"), "Lima");
    browser.type(By.cssSelector(".meeting-form input[name=organiser]"), "Commission");
    browser.type(By.id("meeting-organisation-search"), organisation.substring(4));
    browser.click(
        By.xpath(
            "//button[contains(@class,'add-organisation')][contains(., '" + organisation + "')]"));
    browser.waitForText(By.cssSelector(".attending-organisations"), organisation);
    browser.click(By.cssSelector(".meeting-form button.add-count"));
    new Select(browser.find(By.cssSelector(".head-count select[name=count-sector]")))
        .selectByValue("civil_society");
    new Select(browser.find(By.cssSelector(".head-count select[name=count-country]")))
        .selectByValue("PE");
    browser.type(By.cssSelector(".head-count input[name=count-people]"), "25");
    assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the meeting form");
    browser.click(By.cssSelector(".meeting-form button[type=submit]"));
    var held = browser.waitForText(By.cssSelector(".meeting-list"), "Lima meeting");
    assertTrue(held.getText().contains("(America/Lima, UTC-05:00)"), held.getText());
    assertTrue(held.getText().contains("Civil society, Peru: 25"), held.getText());
    assertTrue(held.getText().contains(organisation), held.getText());
  }
}
