package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The comparative table as a print page: the small fixture law's two drafts, and the parity law.
 */
class ComparisonPrintTest {
  static final Path LAW = Path.of("src/test/resources/publication/docx-small");

  /** The small law's first draft against its second (v2/es.md). */
  static Comparison comparison(Unchanged unchanged) throws IOException {
    Edition first = DraftEditions.of(LAW, Language.es);
    Edition second =
        DraftEditions.parse(
            Files.readString(LAW.resolve("v2/es.md")),
            new EditionVersion(2, "Borrador 2", Instant.parse("2026-04-01T12:00:00Z")));
    return ComparisonBuilder.between(first, second, unchanged);
  }

  static Document page(Unchanged unchanged) throws Exception {
    return PrintEditionTest.xml(ComparisonPrint.of(comparison(unchanged)).xhtml());
  }

  @Test
  void everyRowIsAnArticleInTheTablesOrderWithItsStatuses() throws Exception {
    Document page = page(Unchanged.FOLD);

    List<String> rows = new ArrayList<>();
    for (Element tr : elements(page.getDocumentElement(), "tr")) {
      if (tr.getAttribute("class").startsWith("article")) {
        rows.add(tr.getAttribute("id") + " " + tr.getAttribute("class"));
      }
    }
    assertEquals(
        List.of(
            "art_1 article unchanged folded",
            "art_4 article added",
            "art_2 article renumbered changed",
            "art_3 article deleted",
            "art_5 article added"),
        rows);
    assertEquals(List.of("Sin cambios"), badges(page, "art_1"));
    assertEquals(List.of("añadido"), badges(page, "art_4"));
    assertEquals(List.of("renumerado", "modificado"), badges(page, "art_2"));
  }

  @Test
  void aChapterHasARowAcrossTheTableWhereItBegins() throws Exception {
    Document page = page(Unchanged.FOLD);

    List<String> divisions = new ArrayList<>();
    for (Element tr : elements(page.getDocumentElement(), "tr")) {
      if (tr.getAttribute("class").equals("division")) {
        Element td = elements(tr, "td").get(0);
        assertEquals("3", td.getAttribute("colspan"));
        divisions.add(tr.getAttribute("id") + " " + String.join(" | ", texts(td, "span")));
      }
    }
    assertEquals(
        List.of(
            "division-1 Capítulo I | Disposiciones generales",
            "division-2 Capítulo II | Disposiciones finales"),
        divisions);
  }

  @Test
  void insertionsAndDeletionsAreMarkedAndTheParagraphsKeepTheirNumbers() throws Exception {
    Element changes = changes(page(Unchanged.FOLD), "art_2");

    assertEquals(List.of("2", "toda base de datos"), texts(changes, "del"));
    assertTrue(texts(changes, "ins").contains("todo conjunto de datos, electrónico o en papel,"));
    assertTrue(texts(changes, "ins").contains("c)"), texts(changes, "ins").toString());
    assertEquals(
        "Artículo 2 → 3. Definiciones y alcance",
        PdfEditionTest.words(elements(changes, "p").get(1).getTextContent()));
    List<String> numbers = new ArrayList<>();
    for (Element num : elements(changes, "span")) {
      Element hung = (Element) num.getParentNode();
      if (num.getAttribute("class").equals("num")
          && !hung.getAttribute("class").equals("article-heading")) {
        numbers.add(hung.getAttribute("class") + " " + num.getTextContent());
      }
    }
    assertEquals(
        List.of("paragraph 1.", "point a)", "point b)", "point c)", "paragraph 2."), numbers);
  }

  @Test
  void aDeletedArticleKeepsItsPlaceWithItsWholeTextStruckThrough() throws Exception {
    Document page = page(Unchanged.FOLD);
    Element row = page.getElementById("art_3");

    List<Element> cells = elements(row, "td");
    assertEquals("", cells.get(1).getTextContent().strip());
    assertTrue(cells.get(0).getTextContent().contains("Esta Ley entra en vigor al día siguiente"));
    Element changes = cells.get(2);
    assertEquals(List.of(), texts(changes, "ins"));
    assertEquals(
        List.of("3", "Vigencia", "Esta Ley entra en vigor al día siguiente de su publicación."),
        texts(changes, "del"));
  }

  @Test
  void unchangedArticlesAreFoldedToOneLineShownInFullOrLeftOut() throws Exception {
    Element folded = page(Unchanged.FOLD).getElementById("art_1");
    for (Element cell : elements(folded, "td")) {
      assertEquals(1, elements(cell, "p").size(), "one line a cell");
    }
    assertEquals("Artículo 1. Objeto", elements(folded, "td").get(1).getTextContent().strip());

    Element shown = page(Unchanged.SHOW).getElementById("art_1");
    assertEquals(
        "La presente Ley regula el acceso a los registros públicos.",
        elements(elements(shown, "td").get(1), "p").get(0).getTextContent());

    Document omitted = page(Unchanged.OMIT);
    assertEquals(null, omitted.getElementById("art_1"));
    assertEquals(
        "Los artículos sin cambios no se reproducen.", summary(omitted).get(1).getTextContent());
  }

  @Test
  void theSummaryCountsEveryKindOfChangeAndTheHeaderNamesTheVersions() throws Exception {
    Document page = page(Unchanged.FOLD);

    assertEquals(
        "Modificados: 1 · Añadidos: 2 · Eliminados: 1 · Movidos: 0 · Renumerados: 1 · Sin cambios: 1",
        PdfEditionTest.words(summary(page).get(0).getTextContent()));
    assertEquals(
        "Los artículos sin cambios de redacción se indican en una línea.",
        summary(page).get(1).getTextContent());
    assertEquals(
        List.of("Versión 1: Borrador 1", "Versión 2: Borrador 2", "Cambios"),
        elements(page.getDocumentElement(), "th").stream().map(Node::getTextContent).toList());
    String header =
        PdfEditionTest.words(elements(page.getDocumentElement(), "header").get(0).getTextContent());
    assertEquals(
        "Ley Modelo de Prueba sobre Registros Públicos Cuadro comparativo"
            + " Versión 1: Borrador 1 (2 de marzo de 2026) → Versión 2: Borrador 2 (1 de abril de 2026)",
        header);
    String css = elements(page.getDocumentElement(), "style").get(0).getTextContent();
    assertTrue(css.contains("size: A4 landscape;"), "a landscape page");
    assertTrue(css.contains("-fs-table-paginate: paginate;"), "the header row on every page");
  }

  @Test
  void theWorkingTextIsNamedByItsDate() throws Exception {
    Edition working =
        DraftEditions.parse(
            Files.readString(LAW.resolve("v2/es.md")),
            new EditionVersion(null, null, Instant.parse("2026-05-03T09:00:00Z")));
    Comparison comparison =
        ComparisonBuilder.between(DraftEditions.of(LAW, Language.es), working, Unchanged.FOLD);
    Document page = PrintEditionTest.xml(ComparisonPrint.of(comparison).xhtml());

    assertEquals(
        "Texto de trabajo, al 3 de mayo de 2026",
        elements(page.getDocumentElement(), "th").get(1).getTextContent());
  }

  @Test
  void everyIdIsUniqueAndEveryBookmarkPointsAtOne() throws Exception {
    PrintDocument document = ComparisonPrint.of(comparison(Unchanged.FOLD));
    Document page = PrintEditionTest.xml(document.xhtml());

    Set<String> ids = new HashSet<>();
    for (Element e : elements(page.getDocumentElement(), "*")) {
      if (e.hasAttribute("id")) {
        assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
      }
    }
    List<String> outline = new ArrayList<>();
    for (PrintDocument.Bookmark division : document.bookmarks()) {
      outline.add(division.label());
      assertTrue(ids.contains(division.target()), division.target());
      for (PrintDocument.Bookmark article : division.children()) {
        outline.add("  " + article.label());
        assertTrue(ids.contains(article.target()), article.target());
      }
    }
    assertEquals(
        List.of(
            "Capítulo I. Disposiciones generales",
            "  Artículo 1. Objeto",
            "  Artículo 2. Principios",
            "  Artículo 3. Definiciones y alcance",
            "Capítulo II. Disposiciones finales",
            "  Artículo 3. Vigencia (eliminado)",
            "  Artículo 4. Entrada en vigor"),
        outline);
  }

  @Test
  void theSmallLawsTwoDraftsMatchTheGoldenPage() throws IOException {
    GoldenPage.assertMatches(
        LAW.resolve("comparison-es.html"), ComparisonPrint.of(comparison(Unchanged.FOLD)).xhtml());
  }

  /**
   * Compares with a golden file of docx-small; on a difference the new text is written under
   * target/golden/ to review and copy over.
   */
  static void golden(String name, String actual) throws IOException {
    Path file = LAW.resolve(name);
    String expected = Files.exists(file) ? Files.readString(file) : "";
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden/docx-small", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertEquals(expected, actual, name);
  }

  /**
   * The parity law as a second draft might leave it: an article inserted after the definitions, one
   * deleted, one moved before its neighbour, an item added to the definitions (the later ones
   * relettered), a paragraph inserted into the sanctions (the later ones renumbered), a heading
   * changed; the articles numbered again from 1.
   */
  static Edition laterParity() throws IOException {
    String draft = Files.readString(Path.of("drafts/parity/es.md"));
    draft =
        draft.replace(
            article(draft, "art_3"),
            article(draft, "art_3")
                + "## Artículo 0. Lenguaje incluyente {#art_39}\n\n"
                + "Las normas y comunicaciones oficiales emplearán un lenguaje incluyente.\n\n");
    draft = draft.replace(article(draft, "art_8"), "");
    String moved = article(draft, "art_13");
    draft = draft.replace(moved, "");
    draft = draft.replace(article(draft, "art_11"), article(draft, "art_11") + moved);
    draft =
        draft
            .replace("f) «órgano autónomo»", "g) «órgano autónomo»")
            .replace("g) «órgano electoral»", "h) «órgano electoral»")
            .replace("h) «violencia política", "i) «violencia política")
            .replace("i) «medidas de acción", "j) «medidas de acción")
            .replace("j) «enfoque interseccional»", "k) «enfoque interseccional»")
            .replace(
                "la candidatura misma;\n",
                "la candidatura misma;\n\nf) «bloque»: cada grupo de dos posiciones de una lista;\n")
            .replace("3. Las sumas retenidas", "4. Las sumas retenidas")
            .replace(
                "4. Las sanciones se impondrán mediante", "5. Las sanciones se impondrán mediante")
            .replace(
                "2. Las sanciones previstas en este artículo",
                "2. La multa se graduará según la capacidad económica del partido.\n\n"
                    + "3. Las sanciones previstas en este artículo")
            .replace("Artículo 38. Entrada en vigor", "Artículo 38. Vigencia");
    Matcher numbers = Pattern.compile("(?m)^## Artículo \\d+\\.").matcher(draft);
    StringBuilder renumbered = new StringBuilder();
    int n = 0;
    while (numbers.find()) {
      numbers.appendReplacement(renumbered, "## Artículo " + ++n + ".");
    }
    numbers.appendTail(renumbered);
    return DraftEditions.parse(
        renumbered.toString(),
        new EditionVersion(2, "Borrador 2", Instant.parse("2026-04-01T12:00:00Z")));
  }

  /** The article's block in a draft: its heading line to the next heading. */
  private static String article(String draft, String eId) {
    Matcher block =
        Pattern.compile("(?ms)^## Artículo \\d+\\. [^\\n]*\\{#" + eId + "\\}\\n.*?(?=^#|\\z)")
            .matcher(draft);
    assertTrue(block.find(), eId);
    return block.group();
  }

  static Comparison parity(Unchanged unchanged) throws IOException {
    return ComparisonBuilder.between(
        DraftEditions.of("parity", Language.es), laterParity(), unchanged);
  }

  @Test
  void theChangedParityLawHasARowForEveryArticleOfEitherDraft() throws Exception {
    Comparison comparison = parity(Unchanged.FOLD);
    Document page = PrintEditionTest.xml(ComparisonPrint.of(comparison).xhtml());

    assertEquals(new ComparisonSummary(3, 1, 1, 1, 6, 28), comparison.summary());
    assertEquals(39, comparison.rows().size());
    for (ComparisonRow row : comparison.rows()) {
      Element tr = page.getElementById(row.eId());
      assertNotNull(tr, row.eId());
      assertFalse(tr.getAttribute("class").contains("folded") && !row.sameWords(), row.eId());
    }
    Element sanctions = changes(page, "art_24");
    assertTrue(sanctions.getAttribute("class").contains("renumbered-paragraphs"));
  }

  private static List<Element> summary(Document page) {
    return elements(elements(page.getDocumentElement(), "section").get(0), "p");
  }

  private static Element changes(Document page, String eId) {
    Element row = page.getElementById(eId);
    assertNotNull(row, eId);
    return elements(row, "td").get(2);
  }

  private static List<String> badges(Document page, String eId) {
    return elements(changes(page, eId), "span").stream()
        .filter(span -> span.getAttribute("class").equals("badge"))
        .map(Node::getTextContent)
        .toList();
  }

  private static List<String> texts(Element parent, String tag) {
    return elements(parent, tag).stream().map(Node::getTextContent).toList();
  }

  static List<Element> elements(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
