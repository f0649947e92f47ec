package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry of organisations in the browser: a drafter merges two duplicates; a participant
 * registers for an organisation found in the registry.
 */
public interface OrganisationJourney extends WebJourney {
  private long organisation(String drafter, String name, String acronym) {
    String acronymField = acronym == null ? "" : "\"acronym\": \"" + acronym + "\", ";
    JsonObject created =
        anonymous()
            .as(drafter, PASSWORD)
            .post(
                "organisations",
                "{\"name\": \"%s\", %s\"country\": \"CO\", \"sector\": \"civil_society\"}"
                    .formatted(name, acronymField))
            .expect(201)
            .json();
    return created.getJsonNumber("id").longValue();
  }

  @Test
  default void aDrafterMergesTwoDuplicates() {
    String tag = Long.toHexString(System.nanoTime());
    String drafter = account("drafter");
    long full = organisation(drafter, "Casa de la Mujer " + tag, "CDM" + tag);
    long byAcronym = organisation(drafter, "C.D.M." + tag, null);
    try (Browser browser = browser()) {
      browser.logIn(drafter, PASSWORD).go("#/organisations");
      browser.click(By.cssSelector(".organisation-duplicates .disclosure-button"));
      browser.click(By.id("find-duplicates"));
      String group = "//form[contains(@class,'duplicate-group')][.//input[@value='" + full + "']]";
      browser.click(By.xpath(group + "//input[@value='" + full + "']"));
      browser.screenshot("organisations-duplicates");
      browser.click(By.xpath(group + "//button[contains(@class,'merge-group')]"));
      // Once merged, the group is found no more and leaves the list.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(group)));
    }
    JsonObject merged = admin().get("organisations/" + byAcronym).expect(200).json();
    assertEquals("merged", merged.getString("status"));
    assertEquals(full, merged.getJsonNumber("mergedInto").longValue());
  }

  @Test
  default void aParticipantRegistersForAnOrganisationFoundInTheRegistry() {
    String tag = Long.toHexString(System.nanoTime());
    long id = organisation(account("drafter"), "Fundación Mujer y Futuro " + tag, null);
    String username = "reg-" + tag;
    try (Browser browser = browser()) {
      browser.go("#/consultations/register");
      browser.type(By.id("reg-username"), username);
      browser.type(By.id("reg-email"), username + "@example.org");
      browser.type(By.id("reg-password"), PASSWORD);
      browser.type(By.id("reg-organisation-search"), "mujer y futuro " + tag);
      browser.click(By.id("reg-organisation-" + id));
      new Select(browser.find(By.id("reg-country"))).selectByValue("CO");
      new Select(browser.find(By.id("reg-sector"))).selectByValue("civil_society");
      browser.click(By.cssSelector("#register-form button[type=submit]"));
      browser.waitFor(By.cssSelector(".account .who"));
    }
    JsonObject me = anonymous().as(username, PASSWORD).get("participants/me").expect(200).json();
    assertEquals(id, me.getJsonNumber("organisationId").longValue());
  }
}
