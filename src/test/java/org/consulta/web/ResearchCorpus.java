package org.consulta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.consulta.api.LegislationFixture;

/** The journeys' tiny corpus of national legislation, imported through the API. */
public interface ResearchCorpus extends LegislationFixture {
  /** A word only the corpus holds: three Chilean provisions and two Peruvian ones. */
  String WORD = "quorumparitario";

  default void loadResearchCorpus() {
    try (InputStream in = getClass().getResourceAsStream("/web/research-corpus.jsonl")) {
      String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var job = imported("legislation/imports?format=jsonl", corpus, "application/x-ndjson");
      assertEquals("done", job.getString("state"), job.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
