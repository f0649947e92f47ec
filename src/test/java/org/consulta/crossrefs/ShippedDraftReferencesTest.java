package org.consulta.crossrefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.consulta.exchange.DraftArticle;
import org.consulta.exchange.DraftParser;
import org.junit.jupiter.api.Test;

/**
 * The references the recogniser finds in the drafts the project ships: the same in Spanish and
 * English, and none to the conventions the laws cite.
 */
class ShippedDraftReferencesTest {

  @Test
  void parity() throws IOException {
    List<String> expected =
        List.of(
            "art_5→9",
            "art_22→21",
            "art_23→21",
            "art_24→23",
            "art_24→10",
            "art_31→33",
            "art_35→30",
            "art_35→19");
    assertEquals(expected, references("parity", "es"));
    assertEquals(expected, references("parity", "en"));
  }

  @Test
  void digitalViolenceWithoutTheBelemDoParaConvention() throws IOException {
    assertEquals(references("digital-violence", "es"), references("digital-violence", "en"));
    assertEquals(
        List.of(
            "art_3→17",
            "art_10→13",
            "art_13→12",
            "art_19→14",
            "art_24→3(1)",
            "art_30→11",
            "art_30→12"),
        references("digital-violence", "es"));
  }

  @Test
  void financialInclusionHasNone() throws IOException {
    assertEquals(List.of(), references("financial-inclusion", "es"));
    assertEquals(List.of(), references("financial-inclusion", "en"));
  }

  private static List<String> references(String law, String lang) throws IOException {
    Path file = Path.of("drafts", law, lang + ".md");
    List<String> found = new ArrayList<>();
    for (DraftArticle article :
        new DraftParser().parse(law + "/" + lang + ".md", Files.readString(file)).articles()) {
      for (Reference r : ReferenceRecogniser.in(article.text())) {
        found.add(
            article.eId()
                + "→"
                + r.article()
                + (r.paragraph() == null ? "" : "(" + r.paragraph() + ")"));
      }
    }
    return found;
  }
}
