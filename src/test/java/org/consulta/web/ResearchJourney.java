package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Researchers searching national legislation, and drafters reading a consultation's report. */
public interface ResearchJourney extends WebJourney, ResearchCorpus, ConsultationFixture {
  private static By facet(String name, String value) {
    return By.id("facet-" + name + "-" + value);
  }

  private static By facetGroup(String name) {
    return By.cssSelector("fieldset.facet[data-facet='" + name + "']");
  }

  private static By resultCount() {
    return By.cssSelector(".result-count");
  }

  @Test
  default void aResearcherSearchesFiltersByCountryAndOpensAProvision() {
    loadResearchCorpus();
    try (Browser browser = browser()) {
      browser.go("#/research");
      browser.type(By.id("research-q"), WORD + Keys.ENTER);
      browser.waitForText(resultCount(), "of 5 results");
      assertTrue(browser.find(facetGroup("country")).getText().contains("Chile (3)"));
      assertTrue(browser.find(facetGroup("type")).getText().contains("Constitution (2)"));
      assertEquals(WORD, browser.find(By.cssSelector(".hit .snippet mark")).getText());
      browser.screenshot("research-search");

      browser.click(facet("country", "PE"));
      browser.waitForText(resultCount(), "of 2 results");
      assertTrue(browser.driver().getCurrentUrl().contains("country=PE"));
      String types = browser.find(facetGroup("type")).getText();
      assertTrue(types.contains("Constitution (2)") && !types.contains("Law"), types);
      assertTrue(
          browser.find(facetGroup("country")).getText().contains("Chile (3)"),
          "the other countries stay on offer with their own counts");
      List<WebElement> facts = browser.driver().findElements(By.cssSelector(".hit .hit-facts"));
      assertEquals(2, facts.size());
      facts.forEach(f -> assertTrue(f.getText().startsWith("Peru"), f.getText()));
      browser.screenshot("research-filtered");

      browser.click(By.cssSelector(".hit h3 a"));
      browser.waitForText(By.tagName("h1"), "Constitución Web");
      assertEquals("CC-BY-4.0", browser.find(By.cssSelector(".fact-licence")).getText());
      assertEquals("Constitution", browser.find(By.cssSelector(".fact-type")).getText());
      assertTrue(browser.find(By.cssSelector(".provision-text")).getText().contains(WORD));
      browser.screenshot("research-provision");

      browser.resize(Browser.PHONE);
      browser.go("#/research?q=" + WORD + "&country=CL");
      browser.waitForText(resultCount(), "of 3 results");
      browser.screenshot("research-search-phone");
    }
  }

  @Test
  default void aDrafterLinksAProvisionToAnArticleOrIsToldLinkingIsNotAvailable() {
    loadResearchCorpus();
    String slug = newLaw();
    String comparable = "#/laws/" + slug + "/articles/art_1/comparable?lang=en";
    boolean linking = admin().get("laws/" + slug + "/articles/art_1/references").status() != 404;
    try (Browser browser = browser()) {
      browser.logIn(account("drafter"), WebJourney.PASSWORD).go(comparable);
      assertTrue(browser.find(By.cssSelector(".article-context")).getText().contains("Purpose"));
      if (!linking) {
        browser.waitForText(By.cssSelector("#references .unavailable"), "not available");
        browser.screenshot("research-comparable-unavailable");
        return;
      }
      browser.click(By.cssSelector(".article-context a[href*='for=']"));
      browser.waitForText(By.cssSelector(".linking"), "Article 1. Purpose");
      browser.type(By.id("research-q"), WORD + " AND country:PE" + Keys.ENTER);
      browser.waitForText(resultCount(), "of 2 results");
      browser.click(By.cssSelector(".hit .link-drawer summary"));
      browser.type(By.cssSelector(".hit .link-form textarea"), "Same <b>idea</b>.");
      browser.click(By.cssSelector(".hit .link-form button"));
      browser.waitForText(By.cssSelector(".hit .link-drawer summary"), "Linked");
      browser.screenshot("research-linking");

      browser.go("#/laws/" + slug + "/articles/art_1/comparative?lang=en");
      var peru = By.cssSelector(".country-group[data-country='PE']");
      browser.waitForText(peru, "Same <b>idea</b>.");
      assertTrue(browser.find(peru).getText().contains("Constitución"));
      browser.screenshot("research-comparative");
    }
  }

  /**
   * One JSON Lines record: provision {@code id} ({@code <country>/<lang>/<instrument>/<label>}).
   */
  private static String nationalProvision(String id, String instrumentTitle, String text) {
    String[] parts = id.split("/");
    return """
        {"id": "%s", "country": "%s", "language": "%s", "instrument_id": "%s/%s", "instrument_title": "%s", "instrument_short_title": null, "instrument_type": "act", "instrument_number": "1", "year": 2020, "in_force": true, "provision_label": "%s", "provision_title": null, "heading": null, "text": "%s", "source_url": null, "licence": "test"}
        """
        .formatted(
            id,
            parts[0].toUpperCase(),
            parts[1],
            parts[0],
            parts[2],
            instrumentTitle,
            parts[3],
            text);
  }

  private void importProvisions(String... records) {
    var job =
        imported(
            "legislation/imports?format=jsonl", String.join("", records), "application/x-ndjson");
    assertEquals("done", job.getString("state"), job.toString());
  }

  private static List<String> texts(Browser browser, By by) {
    return browser.driver().findElements(by).stream().map(WebElement::getText).toList();
  }

  @Test
  default void aReaderFindsAComparableProvisionInALanguageTheArticleIsNotWrittenIn() {
    String tag = "t" + Long.toHexString(System.nanoTime());
    String portuguese = "br/pt/" + tag + "/5";
    importProvisions(
        nationalProvision(
            portuguese,
            "Lei eleitoral " + tag,
            "As listas de candidatos dos partidos observarão a paridade e a alternância."));
    var hit = By.cssSelector(".hit[data-provision='" + portuguese + "']");
    try (Browser browser = browser()) {
      browser.go("#/laws/parity?lang=en&article=art_3");
      browser.click(By.cssSelector("#article-art_3 a[href*='/comparable']"));
      browser.waitForText(hit, "Lei eleitoral " + tag);
      assertEquals("thesaurus", browser.find(hit).getDomAttribute("data-via"));
      String facts = browser.find(hit).findElement(By.cssSelector(".hit-facts")).getText();
      assertTrue(facts.startsWith("Brazil") && facts.contains("Portuguese"), facts);
      var snippet = browser.find(hit).findElement(By.cssSelector(".snippet"));
      assertEquals("pt", snippet.getDomAttribute("lang"));
      assertTrue(
          texts(browser, By.cssSelector(".hit[data-provision='" + portuguese + "'] .snippet mark"))
              .contains("paridade"),
          snippet.getText());
      String via = browser.find(hit).findElement(By.cssSelector(".via-thesaurus")).getText();
      assertTrue(
          via.contains("Found in Portuguese through the thesaurus")
              && via.contains("parity")
              && via.contains("alternation"),
          via);
      String compared = browser.find(By.cssSelector(".how-compared")).getText();
      assertTrue(
          compared.contains("Spanish, English") && compared.contains("electoral-list"), compared);
      browser.screenshot("research-comparable-top");
      browser
          .driver()
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(hit));
      browser.screenshot("research-comparable");

      String page = "#/laws/parity/articles/art_3/comparable?lang=en";
      new Select(browser.find(By.name("country"))).selectByValue("BR");
      browser.waitForRoute(page + "&country=BR");
      browser.waitForText(hit, "Lei eleitoral " + tag);
      List<String> brazilian = texts(browser, By.cssSelector(".hit .hit-facts"));
      assertTrue(brazilian.stream().allMatch(f -> f.startsWith("Brazil")), brazilian.toString());
      new Select(browser.find(By.name("in"))).selectByValue("es");
      browser.waitForRoute(page + "&country=BR&in=es");
      assertTrue(browser.driver().findElements(hit).isEmpty(), "a Portuguese provision under es");
      List<String> spanish = texts(browser, By.cssSelector(".hit .hit-facts"));
      assertTrue(spanish.stream().allMatch(f -> f.contains("Spanish")), spanish.toString());

      browser.resize(Browser.PHONE);
      browser.go("#/laws/parity/articles/art_3/comparable?lang=es");
      browser.waitForText(hit, "Lei eleitoral " + tag);
      browser.screenshot("research-comparable-phone");
    }
  }

  @Test
  default void aFrenchQueryFindsTheEnglishCanadianProvisionThroughTheThesaurus() {
    String tag = "t" + Long.toHexString(System.nanoTime());
    String english = "ca/en/" + tag + "/3";
    String french = "ca/fr/" + tag + "/3";
    importProvisions(
        nationalProvision(
            english, "Pay Equity Act", "Employers shall achieve pay equity for women. " + tag),
        nationalProvision(
            french,
            "Loi sur l'équité salariale",
            "Les employeurs réalisent l'équité salariale des femmes. " + tag));
    // words are ranked, not all required: the tag is required so that only these two are found
    String query = "(équité salariale) AND " + tag;
    try (Browser browser = browser()) {
      browser.go("#/research");
      assertTrue(browser.find(By.id("research-expand")).isSelected(), "widening is the default");
      browser.type(By.id("research-q"), query + Keys.ENTER);
      browser.waitForText(resultCount(), "of 2 results");
      String expansion =
          browser.find(By.cssSelector(".expansions li[data-concept='equal-pay']")).getText();
      assertTrue(expansion.contains("équité salariale") && expansion.contains("French"), expansion);
      List<String> facts = texts(browser, By.cssSelector(".hit .hit-facts"));
      assertTrue(facts.contains("Canada · Act · 2020 · In force · English"), facts.toString());
      browser.screenshot("research-expansion");

      browser.click(By.id("research-expand"));
      browser.waitForText(resultCount(), "of 1 results");
      assertTrue(browser.driver().getCurrentUrl().contains("expand=false"));
      assertTrue(browser.driver().findElements(By.cssSelector(".expansions")).isEmpty());
      assertEquals(
          List.of("Canada · Act · 2020 · In force · French"),
          texts(browser, By.cssSelector(".hit .hit-facts")));

      browser.resize(Browser.PHONE);
      browser.go("#/research?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
      browser.waitForText(resultCount(), "of 2 results");
      browser.screenshot("research-expansion-phone");
    }
  }

  /** Imports run one at a time: let earlier ones end, so that the page's import starts at once. */
  private void importsIdle() {
    for (var job : admin().get("legislation/imports").expect(200).array()) {
      finished("legislation/imports/" + job.asJsonObject().getJsonNumber("id"));
    }
  }

  @Test
  default void aDrafterImportsAFileAndSeesItsBadLinesByNumber() {
    importsIdle();
    Path broken = Path.of("src/test/resources/legislation/broken.jsonl").toAbsolutePath();
    try (Browser browser = browser()) {
      browser.logIn(account("drafter"), WebJourney.PASSWORD).go("#/research/imports");
      browser.find(By.id("import-file")).sendKeys(broken.toString());
      browser.click(By.id("import-onError-refuse"));
      browser.click(By.cssSelector(".import-form button[type=submit]"));
      browser.waitForText(By.cssSelector(".import-end"), "nothing was imported");
      List<String> lines =
          browser
              .driver()
              .findElements(By.cssSelector(".import-errors tbody tr td:first-child"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(List.of("3", "5", "7"), lines);
      assertTrue(
          browser
              .find(By.cssSelector(".import-errors"))
              .getText()
              .contains("unknown language 'de'"));
      assertTrue(browser.find(By.cssSelector(".progress-text")).getText().contains("0 of 7"));
      assertTrue(
          browser.find(By.cssSelector(".import-history")).getText().contains("broken.jsonl"));
      browser.screenshot("research-import-refused");
    }
  }

  @Test
  default void aDraftersReportShowsTheAnsweredCommentAndWhatIsUnanswered() {
    String slug = newLaw();
    long round = openRound(slug);
    Api participant = participant("PE", "academia");
    long answered = comment(participant, round, "art_2", "Definir <b>acoso</b>.");
    long open = comment(participant, round, "art_3", "Plazo muy corto.");
    long hidden = comment(participant, round, "art_3", "Fuera de tono.");
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Insultos.\"}").expect(200);
    admin()
        .put(
            "comments/" + answered + "/disposition",
            "{\"disposition\": \"accepted\", \"response\": \"Se añade la definición.\"}",
            null)
        .expect(200);
    String drafter = account("drafter");
    try (Browser browser = browser()) {
      browser.logIn(drafter, WebJourney.PASSWORD).go("#/consultations/" + round + "/report");
      var entry = By.cssSelector(".report-entry[data-comment='" + answered + "']");
      browser.waitForText(entry, "Se añade la definición.");
      String shown = browser.find(entry).getText();
      assertTrue(shown.contains("Definir <b>acoso</b>."), "participants' text is shown as text");
      assertTrue(shown.contains("Drafters’ answer: Accepted"), shown);
      assertEquals("1", browser.find(By.cssSelector(".total-answered dd")).getText());
      assertEquals("1", browser.find(By.cssSelector(".total-unanswered dd")).getText());
      // A hidden comment is neither answered nor unanswered, in the chart as in the totals.
      assertEquals(
          "1",
          browser
              .find(By.cssSelector("#chart-disposition tr[data-value='none'] td.num"))
              .getText());
      assertEquals(
          List.of("pdf", "docx", "html", "csv", "csv-bom", "json"),
          browser.driver().findElements(By.cssSelector(".downloads a")).stream()
              .map(link -> link.getDomAttribute("data-format"))
              .toList());
      assertTrue(
          browser
              .find(By.cssSelector(".downloads a[data-format='pdf']"))
              .getDomAttribute("href")
              .endsWith("format=pdf&lang=en"));
      assertEquals(
          List.of("0", "1", "2"),
          browser.driver().findElements(By.cssSelector(".heat-cell")).stream()
              .map(cell -> cell.getDomAttribute("data-count"))
              .toList());
      assertTrue(
          browser
              .find(By.cssSelector(".report-unanswered tr[data-comment='" + open + "']"))
              .getText()
              .contains("Article 3"));
      assertTrue(browser.find(By.cssSelector("#chart-country")).getText().contains("Peru"));
      browser.screenshot("report");
      browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(entry));
      browser.screenshot("report-answered");
      browser.resize(Browser.PHONE);
      browser.go("#/consultations/" + round + "/report");
      browser.waitForText(entry, "Se añade la definición.");
      browser.screenshot("report-phone");
    }
  }
}
