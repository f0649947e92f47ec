package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consulta.api.ConsultationFixture;
import org.consulta.api.LegislationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A drafter assessing a law's implementation country by country, through the map. */
public interface ImplementationJourney extends WebJourney, LegislationFixture, ConsultationFixture {
  private static By cell(String eId, String country) {
    return By.cssSelector(
        "tr[data-article='" + eId + "'] td.impl-cell[data-country='" + country + "']");
  }

  @Test
  default void aDrafterRecordsAnAssessmentFromTheMapAndSeesItsCellChange() {
    String slug = newLaw();
    String instrument = newInstrument();
    imported(
        "legislation/imports?format=jsonl",
        record(instrument, "1", "La presente Ley garantiza la paridad en la vida política."),
        "application/x-ndjson");
    String map = "#/laws/" + slug + "/implementation?lang=en";
    try (Browser browser = browser()) {
      browser.logIn(account("drafter"), WebJourney.PASSWORD).go(map);
      assertEquals("Implementation map", browser.heading());
      assertEquals("not_assessed", browser.find(cell("art_1", "CL")).getAttribute("data-status"));
      browser.screenshot("implementation-map-empty");

      browser.click(By.cssSelector("tr[data-article='art_1'] td.impl-cell[data-country='CL'] a"));
      browser.waitForText(By.tagName("h1"), "Chile: implementation");
      By form = By.cssSelector(".impl-form[data-article='art_1'][data-country='CL']");
      browser.waitFor(form);
      assertTrue(
          browser
              .find(By.cssSelector(".impl-form .impl-candidates"))
              .getText()
              .contains("Candidates"));
      browser.click(By.cssSelector(".impl-form input.status-choice-adopted"));
      browser
          .driver()
          .findElements(By.cssSelector(".impl-form .impl-candidates input[type=checkbox]"))
          .stream()
          .findFirst()
          .ifPresent(box -> box.click());
      browser.type(By.cssSelector(".impl-form textarea[name=note]"), "Ley de cuotas vigente.");
      browser.screenshot("implementation-record");
      browser.click(By.cssSelector(".impl-form button[type=submit]"));
      By current = By.cssSelector(".impl-entry[data-article='art_1'] .impl-current");
      browser.waitForText(current, "Adopted");
      browser.waitForText(By.cssSelector(".impl-summary li[data-status='adopted']"), "1");
      assertTrue(
          browser
              .find(By.cssSelector(".impl-entry[data-article='art_1']"))
              .getText()
              .contains("Ley de cuotas vigente."));

      browser.go(map);
      assertEquals("adopted", browser.find(cell("art_1", "CL")).getAttribute("data-status"));
      assertEquals("not_assessed", browser.find(cell("art_2", "CL")).getAttribute("data-status"));
      assertTrue(
          browser
              .find(By.cssSelector(".impl-counts tr[data-country='CL'] td[data-status='adopted']"))
              .getText()
              .equals("1"));
      browser.screenshot("implementation-map");

      browser.click(By.cssSelector(".impl-view-table"));
      browser.waitForText(
          By.cssSelector(".impl-table tr[data-article='art_1'] td[data-country='CL']"), "Adopted");

      browser.click(By.cssSelector(".impl-counts tr[data-country='CL'] th a"));
      browser.waitForText(By.tagName("h1"), "Chile: implementation");
      assertTrue(
          browser
              .find(By.cssSelector(".impl-summary li[data-status='adopted']"))
              .getText()
              .endsWith("1"));
      browser.screenshot("implementation-country");
    }
  }
}
