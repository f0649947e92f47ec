package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PrintEditionTest {
  static final List<List<Language>> LANGUAGES =
      List.of(List.of(Language.es), List.of(Language.en), List.of(Language.es, Language.en));

  @Test
  void everyShippedEditionIsWellFormedXhtmlWithoutInterface() throws Exception {
    for (String slug : DraftEditions.SHIPPED) {
      for (List<Language> langs : LANGUAGES) {
        String name = slug + " " + langs;
        Document page = xml(PrintEdition.of(edition(slug, langs)).xhtml());

        assertEquals("html", page.getDocumentElement().getLocalName(), name);
        assertEquals(langs.get(0).name(), page.getDocumentElement().getAttribute("lang"), name);
        for (String tag : List.of("nav", "button", "script", "form", "input", "iframe")) {
          assertEquals(0, page.getElementsByTagName(tag).getLength(), name + " has <" + tag + ">");
        }
      }
    }
  }

  @Test
  void theContentsLinkToEveryDivisionAndArticle() throws Exception {
    Edition edition = DraftEditions.of("parity", Language.es);
    Document page = xml(PrintEdition.of(edition).xhtml());

    Set<String> ids = new HashSet<>();
    List<String> targets = new ArrayList<>();
    for (Element e : elements(page, "*")) {
      if (e.hasAttribute("id")) {
        assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
      }
      if (e.getLocalName().equals("a")) {
        targets.add(e.getAttribute("href").substring(1));
      }
    }
    List<String> parts = new ArrayList<>();
    collect(edition.body(), parts);
    assertEquals(parts, targets);
    assertTrue(ids.containsAll(targets));
  }

  @Test
  void aBilingualEditionHasOneRowPerArticleWithACellPerLanguage() throws Exception {
    Edition edition = DraftEditions.of("financial-inclusion", Language.es, Language.en);
    Document page = xml(PrintEdition.of(edition).xhtml());

    List<Element> rows =
        elements(page, "tr").stream()
            .filter(tr -> tr.getAttribute("class").equals("article"))
            .toList();
    List<ArticlePart> articles = edition.articles();
    assertEquals(articles.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ArticlePart article = articles.get(i);
      Element row = rows.get(i);
      List<Element> cells = children(row, "td");
      assertEquals(article.eId(), row.getAttribute("id"));
      assertEquals(List.of("es", "en"), cells.stream().map(td -> td.getAttribute("lang")).toList());
      int number = article.text(Language.es).orElseThrow().number();
      assertTrue(cells.get(0).getTextContent().strip().startsWith("Artículo " + number + ". "));
      assertTrue(cells.get(1).getTextContent().strip().startsWith("Article " + number + ". "));
    }
    List<String> headers = elements(page, "th").stream().map(Element::getTextContent).toList();
    assertTrue(headers.containsAll(List.of("Español", "English")), headers.toString());
  }

  @Test
  void paragraphsAndItemsAreBlocksWithTheirNumbers() throws Exception {
    Document page = xml(PrintEdition.of(DraftEditions.of("parity", Language.es)).xhtml());

    Element item = page.getElementById("art_2__para_1__point_e");
    assertNotNull(item);
    assertEquals("li", item.getLocalName());
    assertEquals("e)", children(item, "span").get(0).getTextContent());
    assertEquals(0, page.getElementsByTagName("br").getLength());
  }

  @Test
  void theSmallLawMatchesItsGoldenPage() throws IOException {
    GoldenPage.assertMatches(
        Path.of("src/test/resources/publication/tiny-law.es.html"),
        PrintEdition.of(tinyLaw()).xhtml());
  }

  @Test
  void aStylesheetThatAnHtmlParserWouldReadOtherwiseIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PrintFrame.begin(Language.es, "t", "td > p { color: red }"));
  }

  static Edition edition(String slug, List<Language> langs) {
    return DraftEditions.of(slug, langs.toArray(Language[]::new));
  }

  /** A law of three articles in two chapters, with a preamble, items and awkward characters. */
  static Edition tinyLaw() throws IOException {
    return DraftEditions.parse(
        resource("tiny-law.es.md"),
        new EditionVersion(2, "Borrador para consulta", Instant.parse("2026-04-15T10:30:00Z")));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PrintEditionTest.class.getResourceAsStream("/publication/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Document xml(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    // Ids are attributes named "id": let getElementById find them without a DTD.
    for (Element e : elements(document, "*")) {
      if (e.hasAttribute("id")) {
        e.setIdAttribute("id", true);
      }
    }
    return document;
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> children = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getLocalName().equals(tag)) {
        children.add(e);
      }
    }
    return children;
  }

  private static void collect(List<Part> parts, List<String> eIds) {
    for (Part part : parts) {
      eIds.add(part.eId());
      if (part instanceof DivisionPart division) {
        collect(division.children(), eIds);
      }
    }
  }
}
