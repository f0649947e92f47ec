package org.consulta.crossrefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkedTextTest {
  private static final String TEXT = "Véanse los artículos 5 a 7 y el párrafo 2 del artículo 9.";

  @Test
  void linksNumbersToTheArticlesThatHaveThemNow() {
    Map<Integer, String> eIds = Map.of(5, "art_5", 7, "art_7", 9, "art_12");
    List<Link> links = LinkedText.link(TEXT, eIds::get);
    assertEquals(List.of("art_5", "art_7", "art_12"), links.stream().map(Link::target).toList());
    assertEquals(2, links.get(2).paragraph());
  }

  @Test
  void showsTheNumbersTheTargetsHaveInTheLawRead() {
    List<Link> links = LinkedText.link(TEXT, n -> "art_" + n);
    LinkedText.Rendered shown =
        LinkedText.render(TEXT, links, Map.of("art_5", 6, "art_7", 8, "art_9", 10)::get);
    assertEquals("Véanse los artículos 6 a 8 y el párrafo 2 del artículo 10.", shown.text());
    assertEquals(
        List.of("artículos 6", "8", "párrafo 2 del artículo 10"),
        shown.references().stream().map(r -> shown.text().substring(r.start(), r.end())).toList());
    assertEquals(10, shown.references().get(2).number());
  }

  @Test
  void aMissingTargetKeepsItsWrittenNumberAndIsBroken() {
    List<Link> links = LinkedText.link(TEXT, n -> n == 7 ? null : "art_" + n);
    LinkedText.Rendered shown = LinkedText.render(TEXT, links, Map.of("art_5", 4)::get);
    assertEquals("Véanse los artículos 4 a 7 y el párrafo 2 del artículo 9.", shown.text());
    assertNull(shown.references().get(1).target());
    assertTrue(shown.references().get(1).broken());
    assertTrue(shown.references().get(2).broken());
  }

  @Test
  void aTextWithoutLinksIsItself() {
    assertEquals(
        "Sin referencias.", LinkedText.render("Sin referencias.", List.of(), e -> 1).text());
  }
}
