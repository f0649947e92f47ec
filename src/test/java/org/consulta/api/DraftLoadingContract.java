package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Drafts are loaded at start, export back to the very same file, and stay aligned. */
public interface DraftLoadingContract extends ApiContract {
  @Test
  default void theTestDraftIsLoadedAtStart() {
    var law = anonymous().get("laws/parity?lang=es").expect(200).json();
    assertEquals("/akn/oas/act/model-law/2025/parity", law.getString("workUri"));
    var revisions =
        anonymous().get("laws/parity/articles/art_1/revisions?lang=en").expect(200).array();
    assertEquals("drafts", revisions.getJsonObject(0).getString("author"));
  }

  @Test
  default void aMalformedDraftLoadsNothingOfItsLaw() {
    anonymous().get("laws/broken?lang=es").problem(404, "law");
  }

  @Test
  default void aLoadedLawExportsToItsDraftFileByteForByte() throws IOException {
    for (String lang : new String[] {"es", "en"}) {
      String file = Files.readString(Path.of("src/test/resources/drafts/parity/" + lang + ".md"));
      assertEquals(file, anonymous().get("laws/parity/draft?lang=" + lang).expect(200).body());
    }
  }

  @Test
  default void theLoadedDraftIsAligned() {
    var alignment = anonymous().get("laws/parity/alignment").expect(200).json();
    assertEquals(true, alignment.getBoolean("aligned"), alignment.toString());
  }

  @Test
  default void anEditThatDropsAParagraphInOneLanguageIsReportedAsMisaligned() {
    String slug = newLaw();
    admin()
        .put(
            "laws/" + slug + "/articles/art_2?lang=es",
            "{\"text\": \"1. Paridad es la igualdad.\"}",
            "\"es-1\"")
        .expect(200);
    var alignment = anonymous().get("laws/" + slug + "/alignment").expect(200).json();
    assertEquals(false, alignment.getBoolean("aligned"));
    var problem = alignment.getJsonArray("problems").getJsonObject(0);
    assertEquals("art_2", problem.getString("eId"));
    assertEquals("STRUCTURE_DIFFERS", problem.getString("kind"));
    var lag = alignment.getJsonArray("needsUpdate").getJsonObject(0);
    assertEquals("en", lag.getString("lang"));
  }
}
