package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.api.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator manages accounts from the accounts screen: creates one (a too-short password
 * shown beside its field), gives it a role, disables and enables it, resets its password; their own
 * row neither offers to drop their admin role nor to disable them.
 */
public interface AccountsJourney extends WebJourney {
  private static By inRow(String username, String css) {
    return By.cssSelector("tr[data-username='" + username + "'] " + css);
  }

  @Test
  default void anAdministratorCreatesChangesDisablesAndResetsAnAccount() {
    String username = "ana-" + Long.toHexString(System.nanoTime());
    try (Browser browser = browser()) {
      browser.logIn("admin", Deployments.ADMIN_PASSWORD).go("#/admin/accounts");
      assertEquals("Accounts", browser.heading());
      browser.type(By.cssSelector(".account-create [name=username]"), username);
      browser.type(By.cssSelector(".account-create [name=displayName]"), "Ana Pérez");
      browser.type(By.cssSelector(".account-create [name=password]"), "short");
      browser.find(By.cssSelector(".account-create button[type=submit]")).click();
      browser.waitFor(By.cssSelector(".account-create [name=password][aria-invalid=true]"));
      browser.type(By.cssSelector(".account-create [name=password]"), PASSWORD);
      browser.find(By.cssSelector(".account-create button[type=submit]")).click();
      browser.waitForText(inRow(username, ".account-roles"), "participation");

      browser.click(inRow(username, ".disclosure-button"));
      browser.click(inRow(username, ".account-change input[value=drafter] + label"));
      browser.click(inRow(username, ".account-change button[type=submit]"));
      browser.waitForText(inRow(username, ".account-roles"), "drafting, participation");
      anonymous()
          .as(username, PASSWORD)
          .post("laws/" + newLaw() + "/versions", "{\"label\": \"v\"}")
          .expect(201);

      browser.click(inRow(username, ".disclosure-button"));
      browser.click(inRow(username, ".account-enabled button"));
      browser.waitForText(inRow(username, ".account-status"), "Disabled");
      anonymous().as(username, PASSWORD).get("accounts/me").problem(403, null);
      browser.click(inRow(username, ".disclosure-button"));
      browser.click(inRow(username, ".account-enabled button"));
      browser.waitForText(inRow(username, ".account-status"), "Enabled");

      browser.click(inRow(username, ".disclosure-button"));
      By password = inRow(username, ".account-password [name=password]");
      browser
          .driver()
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(password));
      browser.click(password);
      browser.find(password).sendKeys("a-new-password-1");
      browser.click(inRow(username, ".account-password button"));
      browser.waitFor(inRow(username, ".disclosure-button[aria-expanded=false]"));
      anonymous().as(username, PASSWORD).get("accounts/me").problem(401, null);
      anonymous().as(username, "a-new-password-1").get("accounts/me").expect(200);

      browser.click(inRow("admin", ".disclosure-button"));
      assertFalse(browser.find(inRow("admin", "input[value=admin]")).isEnabled());
      assertTrue(browser.find(inRow("admin", "input[value=admin]")).isSelected());
      assertEquals(
          "You cannot take away your own administration role or disable your own account: another administrator can.",
          browser.find(inRow("admin", ".own-admin")).getText());
      assertTrue(
          browser.driver().findElements(inRow("admin", ".account-enabled")).isEmpty(),
          "no button to disable oneself");
      browser.screenshot("accounts");
      assertTrue(
          (Boolean)
              browser
                  .driver()
                  .executeScript(
                      "const wrap = document.querySelector('.accounts .table-wrap');"
                          + " return wrap.scrollWidth <= wrap.clientWidth;"),
          "an open panel of changes fits in the table, which needs no scrolling");
      assertEquals(List.of(), AxeAudit.seriousViolations(browser), "the accounts screen");
    }
  }

  @Test
  default void theAccountsScreenIsForAdministrators() {
    try (Browser browser = browser()) {
      browser.logIn(account("drafter"), PASSWORD).go("#/admin/accounts");
      assertTrue(
          browser.driver().findElements(By.cssSelector("a[href='#/admin/accounts']")).isEmpty());
      assertEquals(
          "This page is for those who administer accounts.",
          browser.find(By.cssSelector(".admins-only .notice")).getText());
    }
  }
}
