package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drafts the engine ships: all load, align in es and en, and round-trip byte for byte. */
class ShippedDraftsTest {
  private static final Path DRAFTS = Path.of("drafts");

  @Test
  void theThreeModelLawsAreShipped() {
    List<String> slugs = new DraftDirectory().read(DRAFTS).stream().map(DraftLaw::slug).toList();
    assertEquals(List.of("digital-violence", "financial-inclusion", "parity"), slugs);
  }

  @Test
  void theApplicationCarriesTheShippedDrafts() {
    List<List<DraftLaw>> carried = new ArrayList<>();
    ShippedDrafts.read(dir -> carried.add(new DraftDirectory().read(dir)));
    assertEquals(List.of(new DraftDirectory().read(DRAFTS)), carried);
  }

  @Test
  void everyDraftIsBilingualAlignedAndOfRealSize() {
    for (DraftLaw law : new DraftDirectory().read(DRAFTS)) {
      assertEquals(
          List.of("es", "en"),
          law.languages().stream().map(DraftDocument::lang).toList(),
          law.slug());
      assertEquals(List.of(), new DraftAlignment().check(law.languages()), law.slug());
      int articles = law.languages().get(0).articles().size();
      assertTrue(articles >= 25 && articles <= 45, law.slug() + " has " + articles + " articles");
      assertTrue(law.languages().get(0).preamble() != null, law.slug() + " has no preamble");
    }
  }

  @Test
  void everyDraftFileRoundTrips() throws IOException {
    var parser = new DraftParser();
    var writer = new DraftWriter();
    for (Path lawDir : new DraftDirectory().lawDirectories(DRAFTS)) {
      for (String lang : List.of("es", "en")) {
        Path file = lawDir.resolve(lang + ".md");
        String text = Files.readString(file);
        assertEquals(text, writer.write(parser.parse(file.toString(), text)), file.toString());
      }
    }
  }
}
