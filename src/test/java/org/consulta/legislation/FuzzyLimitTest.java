package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The most fuzzy terms a query may hold are answered in every language over the shipped sample,
 * whose many short words each fuzzy term reaches: the limit on fuzzy terms, not the clause limit,
 * is what refuses a query.
 */
class FuzzyLimitTest {
  private static LegislationIndex index;

  @BeforeAll
  static void indexTheSample() throws IOException {
    index = new LegislationIndex(new ByteBuffersDirectory(), Thesaurus.read(ThesaurusTest.SHIPPED));
    index.put(Corpora.records("sample.jsonl.gz"));
    index.commit(new Watermark(3235, 1));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void asManyFuzzyTermsAsAllowedAreAnsweredInEveryLanguage() throws IOException {
    var results =
        index.search(
            new LegislationQuery(
                "pa0~ OR pa1~ OR pa2~ OR pa3~",
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                SearchSort.RELEVANCE,
                0,
                10));
    assertFalse(results.hits().isEmpty());
  }
}
