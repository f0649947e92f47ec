package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bm25BaselineTest {
  @TempDir Path folder;

  @Test
  void analysisFoldsAccentsAndDropsStopWordsAndNothingElse() throws IOException {
    try (var baseline = Bm25Baseline.build(corpus())) {
      assertEquals(
          Set.of("paridad", "politica", "mujeres"),
          baseline.terms(Bm25Baseline.field("es"), "Paridad en la Política de las MUJERES"));
      // no stemming: plural and singular stay apart
      assertEquals(Set.of("orders"), baseline.terms(Bm25Baseline.field("en"), "the orders"));
    }
  }

  @Test
  void wordsAreAskedWithOrInEveryLanguageField() throws IOException {
    try (var baseline = Bm25Baseline.build(corpus())) {
      // "politica" meets Spanish "política" and Portuguese "política"; "paridad" only Spanish
      assertEquals(
          List.of("cl/es/x/art-1", "br/pt/y/art-1"), baseline.search("paridad politica", 10));
      assertEquals(List.of("ca/en/z/s1"), baseline.search("orders", 10));
      assertEquals(List.of(), baseline.search("order", 10));
    }
  }

  private Path corpus() throws IOException {
    Path file = folder.resolve("corpus.jsonl");
    Files.write(
        file,
        List.of(
            record("cl/es/x/art-1", "es", "La paridad en la vida política."),
            record("br/pt/y/art-1", "pt", "A vida política."),
            record("ca/en/z/s1", "en", "Protection orders may be made."),
            record("ca/fr/z/s1", "fr", "Des ordonnances de protection.")),
        StandardCharsets.UTF_8);
    return file;
  }

  private static String record(String id, String lang, String text) {
    return "{\"id\": \""
        + id
        + "\", \"language\": \""
        + lang
        + "\", \"instrument_title\": \"Ley\", \"instrument_short_title\": null,"
        + " \"provision_title\": null, \"heading\": null, \"text\": \""
        + text
        + "\"}";
  }
}
