package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The drafts directory is loaded at start, and a law exports back to the very same file. */
public interface DraftLoadingContract extends ApiContract {
  @Test
  default void theTestDraftIsLoadedAtStart() {
    var law = anonymous().get("laws/parity?lang=es").expect(200).json();
    assertEquals("/akn/oas/act/model-law/2025/parity", law.getString("workUri"));
    var revisions = anonymous().get("laws/parity/articles/art_1/revisions?lang=en").expect(200).array();
    assertEquals("drafts", revisions.getJsonObject(0).getString("author"));
  }

  @Test
  default void aLoadedLawExportsToItsDraftFileByteForByte() throws IOException {
    for (String lang : new String[] {"es", "en"}) {
      String file = Files.readString(Path.of("src/test/resources/drafts/parity/" + lang + ".md"));
      assertEquals(file, anonymous().get("laws/parity/draft?lang=" + lang).expect(200).body());
    }
  }
}
