package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The research screens around references and the search of the work: a drafter changes a note and
 * removes a mistaken link, anyone reads a law's linked legislation, searches model-law texts and
 * comments, and a query the server cannot read clears what was shown and says why.
 */
public interface ResearchScreensJourney extends WebJourney, ResearchCorpus, ConsultationFixture {
  String CHILE_LAW = "cl/es/ley-web-1/art-1";
  String CHILE_CODE = "cl/es/codigo-web-2/art-10";
  String PERU = "pe/es/constitucion-web/art-7";

  private static String references(String slug, String eId) {
    return "laws/" + slug + "/articles/" + eId + "/references";
  }

  private JsonObject link(String slug, String eId, String provision, String note) {
    return admin()
        .post(
            references(slug, eId),
            "{\"provision\": \"%s\", \"note\": \"%s\"}".formatted(provision, note))
        .expect(201)
        .json();
  }

  private static By reference(String provision) {
    return By.cssSelector("#references li.reference[data-provision='" + provision + "']");
  }

  private static List<String> texts(Browser browser, By by) {
    return browser.driver().findElements(by).stream().map(WebElement::getText).toList();
  }

  @Test
  default void aDrafterChangesANoteAndRemovesAMistakenLink() {
    loadResearchCorpus();
    String slug = newLaw();
    JsonObject chile = link(slug, "art_1", CHILE_LAW, "Same duty.");
    link(slug, "art_1", PERU, "Linked by mistake.");
    try (Browser browser = browser()) {
      browser
          .logIn(account("drafter"), WebJourney.PASSWORD)
          .go("#/laws/" + slug + "/articles/art_1/comparable?lang=en");
      browser.waitForText(reference(CHILE_LAW), "Same duty.");

      browser.click(By.cssSelector("li.reference[data-provision='" + CHILE_LAW + "'] summary"));
      browser.type(
          By.cssSelector("li.reference[data-provision='" + CHILE_LAW + "'] textarea"),
          "Same duty, <b>stricter</b> wording.");
      browser.click(
          By.cssSelector(
              "li.reference[data-provision='" + CHILE_LAW + "'] .reference-note-form button"));
      browser.waitForText(By.cssSelector(".references-notice"), "Note saved.");
      String shown = browser.waitForText(reference(CHILE_LAW), "Note changed by").getText();
      assertTrue(shown.contains("Same duty, <b>stricter</b> wording."), "a note is shown as text");
      JsonObject saved =
          anonymous().get(references(slug, "art_1") + "/" + chile.getJsonNumber("id")).json();
      assertEquals("Same duty, <b>stricter</b> wording.", saved.getString("note"));
      browser.screenshot("research-reference-note");

      // Another drafter changes the note while this page still shows the one before.
      admin()
          .withHeader("If-Match", saved.getString("etag"))
          .patch(
              references(slug, "art_1") + "/" + chile.getJsonNumber("id"),
              "{\"note\": \"Their note.\"}")
          .expect(200);
      browser.click(By.cssSelector("li.reference[data-provision='" + CHILE_LAW + "'] summary"));
      browser.type(
          By.cssSelector("li.reference[data-provision='" + CHILE_LAW + "'] textarea"),
          "Overwrite theirs.");
      browser.click(
          By.cssSelector(
              "li.reference[data-provision='" + CHILE_LAW + "'] .reference-note-form button"));
      browser.waitForText(By.cssSelector(".references-notice"), "Someone else changed this link");
      browser.waitForText(reference(CHILE_LAW), "Their note.");

      browser.click(By.cssSelector("li.reference[data-provision='" + PERU + "'] .remove-link"));
      browser.waitForText(reference(PERU), "Remove this link?");
      browser.screenshot("research-reference-remove");
      browser.click(By.cssSelector("li.reference[data-provision='" + PERU + "'] .confirm-remove"));
      browser.waitForText(By.cssSelector(".references-notice"), "Link removed.");
      assertTrue(browser.driver().findElements(reference(PERU)).isEmpty());
      var left =
          anonymous().get(references(slug, "art_1")).json().getJsonArray("references").stream()
              .map(r -> r.asJsonObject().getJsonObject("provision").getString("id"))
              .toList();
      assertEquals(List.of(CHILE_LAW), left);

      // A link made from a candidate and removed again can be made again from that candidate.
      String candidate =
          browser.driver().findElements(By.cssSelector(".comparable-list .hit")).stream()
              .map(hit -> hit.getDomAttribute("data-provision"))
              .filter(id -> !id.equals(CHILE_LAW) && !id.equals(PERU))
              .findFirst()
              .orElseThrow();
      String drawer = ".comparable-list .hit[data-provision='" + candidate + "'] .link-drawer";
      browser.click(By.cssSelector(drawer + " summary"));
      browser.click(By.cssSelector(drawer + " .link-form button"));
      browser.waitForText(By.cssSelector(drawer + " summary"), "Linked");
      browser.click(
          By.cssSelector("li.reference[data-provision='" + candidate + "'] .remove-link"));
      browser.click(
          By.cssSelector("li.reference[data-provision='" + candidate + "'] .confirm-remove"));
      browser.waitForText(By.cssSelector(drawer + " summary"), "Link to the article");

      assertEquals(
          "Their note.",
          anonymous()
              .get(references(slug, "art_1"))
              .json()
              .getJsonArray("references")
              .getJsonObject(0)
              .getString("note"),
          "the stale change saved nothing");
    }
  }

  @Test
  default void aLawsLinkedLegislationListsEachArticlesProvisionsByCountry() {
    loadResearchCorpus();
    String slug = newLaw();
    link(slug, "art_1", CHILE_LAW, "A.");
    link(slug, "art_1", PERU, "B.");
    link(slug, "art_1", CHILE_CODE, "C.");
    link(slug, "art_3", CHILE_CODE, "D.");
    try (Browser browser = browser()) {
      browser.go("#/laws/" + slug + "?lang=en");
      browser.click(By.cssSelector(".law-nav a[href*='/references']"));
      browser.waitForText(By.tagName("h1"), "Linked legislation: Test law");
      browser.waitForText(By.cssSelector(".overview-summary"), "4 provisions linked to 2 of 3");
      By article1 = By.cssSelector(".overview-article[data-article='art_1']");
      assertEquals(
          List.of("Chile (2)", "Peru (1)"),
          texts(
              browser,
              By.cssSelector(".overview-article[data-article='art_1'] .overview-country h3")));
      assertEquals(
          List.of(CHILE_LAW, CHILE_CODE),
          browser
              .driver()
              .findElements(
                  By.cssSelector(
                      ".overview-article[data-article='art_1'] .overview-country[data-country='CL'] li"))
              .stream()
              .map(li -> li.getDomAttribute("data-provision"))
              .toList(),
          "in the order linked");
      assertTrue(browser.find(article1).getText().contains("Article 1. Purpose"));
      assertTrue(
          browser
              .find(By.cssSelector(".overview-article[data-article='art_2']"))
              .getText()
              .contains("No provisions linked."));
      assertEquals(
          List.of("3", "2"),
          texts(browser, By.cssSelector(".overview-countries tr[data-country='CL'] td")));
      assertEquals(
          List.of("1", "1"),
          texts(browser, By.cssSelector(".overview-countries tr[data-country='PE'] td")));
      browser.screenshot("research-references-overview");

      browser.click(
          By.cssSelector(
              ".overview-article[data-article='art_1'] li[data-provision='" + PERU + "'] a"));
      browser.waitForText(By.tagName("h1"), "Constitución Web");

      browser.resize(Browser.PHONE);
      browser.go("#/laws/" + slug + "/references?lang=es");
      browser.waitForText(article1, "Objeto");
      browser.screenshot("research-references-overview-phone");
    }
  }

  /** Searches through the API until {@code who} finds {@code total} results (indexing follows). */
  private void findable(Api who, String query, int total) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      Api.Reply reply = who.get("search?" + query);
      if (reply.status() == 200 && reply.json().getInt("total") == total) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    fail("'" + query + "' was not indexed in time");
  }

  @Test
  default void aResearcherSearchesModelLawTextsAndComments() {
    String word = "palabra" + Long.toHexString(System.nanoTime());
    String slug = newLaw();
    edit(slug, "art_3", "Esta Ley entra en vigor con la " + word + " del Estado.");
    long round = openRound(slug);
    long comment =
        comment(participant("PE", "academia"), round, "art_3", "Precisar la " + word + ".");
    findable(anonymous(), "scope=laws&q=" + word, 1);
    findable(admin(), "scope=comments&q=" + word, 1);
    try (Browser browser = browser()) {
      browser.go("#/research/work");
      browser.click(By.id("work-scope-comments"));
      browser.waitForText(By.cssSelector("#work-results .notice"), "needs a login");

      browser.logIn(account("drafter"), WebJourney.PASSWORD).go("#/research");
      browser.click(By.cssSelector(".search-tabs a[href$='/research/work']"));
      browser.waitForText(By.tagName("h1"), "Model laws and comments");
      browser.type(By.id("work-q"), word + Keys.ENTER);
      By hit = By.cssSelector(".article-hit[data-law='" + slug + "'][data-article='art_3']");
      browser.waitForText(hit, "Ley de prueba — Article 3. Vigencia");
      assertEquals(word, browser.find(By.cssSelector(".article-hit .snippet mark")).getText());
      assertTrue(browser.find(By.cssSelector(".result-count")).getText().contains("of 1 results"));
      assertFalse(browser.find(By.id("work-facet-lang-es")).isSelected());
      assertTrue(
          browser
              .find(By.cssSelector("fieldset.facet[data-facet='lang']"))
              .getText()
              .contains("Spanish (1)"));
      browser.screenshot("research-work-laws");

      browser.click(By.id("work-scope-comments"));
      By found = By.cssSelector(".comment-hit[data-comment='" + comment + "']");
      browser.waitForText(found, "Comment no. " + comment);
      String facts = browser.find(found).findElement(By.cssSelector(".hit-facts")).getText();
      assertTrue(facts.contains("Ley de prueba") && facts.contains("Unanswered"), facts);
      assertTrue(
          browser
              .find(By.cssSelector("fieldset.facet[data-facet='sector']"))
              .getText()
              .contains("Academia (1)"));
      browser.click(By.id("work-facet-disposition-none"));
      browser.waitForRoute("#/research/work?q=" + word + "&scope=comments&disposition=none");
      browser.waitForText(found, "Comment no. " + comment);
      browser.screenshot("research-work-comments");

      browser.click(By.cssSelector(".comment-hit h3 a"));
      browser.waitForText(By.tagName("h1"), "Round");
      assertTrue(browser.driver().getCurrentUrl().contains("/queue"));

      browser.go("#/research/work?q=" + word);
      browser.click(By.cssSelector(".article-hit h3 a"));
      browser.waitForText(By.cssSelector("#article-art_3"), word);
    }
  }

  @Test
  default void aQueryThatDoesNotParseClearsTheResultsAndSaysWhyInEitherLanguage() {
    loadResearchCorpus();
    try (Browser browser = browser()) {
      browser.go("#/research");
      browser.type(By.id("research-q"), WORD + Keys.ENTER);
      browser.waitForText(By.cssSelector(".result-count"), "of 5 results");
      assertFalse(browser.driver().findElements(By.cssSelector("fieldset.facet")).isEmpty());

      browser.type(By.id("research-q"), WORD + " AND" + Keys.ENTER);
      browser.waitForText(By.cssSelector(".query-problem"), "The search could not be read");
      assertTrue(browser.find(By.cssSelector(".query-problem")).getText().contains("close quotes"));
      assertTrue(browser.driver().findElements(By.cssSelector(".hit")).isEmpty());
      assertTrue(browser.driver().findElements(By.cssSelector("fieldset.facet")).isEmpty());
      assertTrue(browser.driver().findElements(By.cssSelector(".result-count")).isEmpty());
      assertEquals("true", browser.find(By.id("research-q")).getDomAttribute("aria-invalid"));
      browser.screenshot("research-bad-query");

      new Select(browser.find(By.id("ui-language"))).selectByValue("es");
      browser.waitForText(By.cssSelector(".query-problem"), "La búsqueda no se pudo leer");
      assertTrue(
          browser.find(By.cssSelector(".query-problem")).getText().contains("cierre las comillas"));

      browser.go("#/research/work?q=" + URLEncoder.encode("Ley", StandardCharsets.UTF_8));
      browser.waitForText(By.cssSelector(".result-count"), "resultados");
      assertFalse(browser.driver().findElements(By.cssSelector("fieldset.facet")).isEmpty());
      browser.type(By.id("work-q"), "(Ley" + Keys.ENTER);
      browser.waitForText(By.cssSelector(".query-problem"), "La búsqueda no se pudo leer");
      assertTrue(browser.driver().findElements(By.cssSelector(".hit")).isEmpty());
      assertTrue(browser.driver().findElements(By.cssSelector("fieldset.facet")).isEmpty());
      browser.screenshot("research-bad-query-es");

      new Select(browser.find(By.id("ui-language"))).selectByValue("en");
      browser.waitForText(By.cssSelector(".query-problem"), "The search could not be read");
    }
  }
}
