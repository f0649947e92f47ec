package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ranking rules of plain words, operators and the thesaurus, over a small fixed corpus. */
class RankingTest {
  private LegislationIndex index;

  @BeforeEach
  void indexTheRankingCorpus() throws IOException {
    index =
        new LegislationIndex(
            new ByteBuffersDirectory(),
            Thesaurus.read(ThesaurusTest.SHIPPED),
            new MinimumMatch(2, 75));
    index.put(Corpora.records("ranking.jsonl"));
    index.commit(new Watermark(14, 1));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResults search(String q, boolean expand) throws IOException {
    return index.search(
        new LegislationQuery(
            q,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            SearchSort.RELEVANCE,
            0,
            20,
            expand));
  }

  private List<String> ids(String q) throws IOException {
    return ids(search(q, false));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(ProvisionHit::id).toList();
  }

  @Test
  void aProvisionHoldingMoreOfTheWordsRanksHigherAndTooFewDoNotMatch() throws IOException {
    // three words: two of them must match (2<75%), all three rank first
    var found = ids("paridad listas candidaturas");
    assertEquals(List.of("cl/es/r-1/art-2", "cl/es/r-1/art-1"), found.subList(0, 2));
    var four = ids("paridad cuota listas violencia");
    assertEquals("cl/es/r-1/art-1", four.get(0));
    assertTrue(!four.contains("cl/es/r-1/art-3"), four.toString());
    // two words are both required
    assertEquals(List.of("cl/es/r-1/art-1"), ids("cuota paridad"));
  }

  @Test
  void wordsCloseTogetherRankAboveTheSameWordsApart() throws IOException {
    assertEquals(List.of("cl/es/r-1/art-4", "cl/es/r-1/art-5"), ids("acoso sexual"));
  }

  @Test
  void quotesPlusAndAndRequireWhileOrAndNotKeepTheirMeaning() throws IOException {
    assertEquals(List.of("cl/es/r-1/art-4"), ids("\"acoso sexual\" trabajo redes"));
    assertEquals(List.of("cl/es/r-1/art-4"), ids("+trabajo acoso sexual"));
    assertEquals(List.of("cl/es/r-1/art-5"), ids("acoso AND multa"));
    assertEquals(Set.of("cl/es/r-1/art-4", "cl/es/r-1/art-7"), Set.copyOf(ids("trabajo OR redes")));
    assertEquals(
        Set.of("cl/es/r-1/art-4", "cl/es/r-1/art-6", "cl/es/r-1/art-7"),
        Set.copyOf(ids("\"acoso sexual\" OR ciberacoso")));
    assertEquals(List.of("cl/es/r-1/art-5"), ids("acoso sexual NOT trabajo"));
  }

  @Test
  void typedWordsOutrankThesaurusAlternativesAndCognatesOfAnotherLanguage() throws IOException {
    var paridad = search("paridad", true);
    List<String> found = ids(paridad);
    int portuguese = found.indexOf("br/pt/r-3/art-1");
    assertTrue(portuguese > 0, found.toString());
    for (String spanish : List.of("cl/es/r-1/art-1", "cl/es/r-1/art-2", "cl/es/r-2/art-9")) {
      assertTrue(
          found.indexOf(spanish) >= 0 && found.indexOf(spanish) < portuguese, found.toString());
    }
    assertEquals(List.of(new Expansion("parity", Language.es, "paridad")), paridad.expansions());
    var paridade = search("paridade", true);
    assertEquals("br/pt/r-3/art-1", ids(paridade).get(0));
    assertEquals(Language.pt, paridade.expansions().get(0).lang());
  }

  @Test
  void hyphenatedJoinedAndSeparateFormsMeet() throws IOException {
    for (String q : List.of("ciber-acoso", "ciberacoso", "ciber acoso", "Ciber‐acoso")) {
      assertEquals(Set.of("cl/es/r-1/art-6", "cl/es/r-1/art-7"), Set.copyOf(ids(q)), q);
    }
  }

  @Test
  void pluralsAndSingularsMeet() throws IOException {
    assertEquals("ca/en/r-4/s1", ids("orders lists rights").get(0));
    assertTrue(ids("order").containsAll(List.of("ca/en/r-4/s1", "ca/en/r-4/s2")));
    assertEquals(List.of("cl/es/r-1/art-8"), ids("orden tribunal"));
    assertEquals(List.of("br/pt/r-3/art-2"), ids("direito fundamental"));
    assertEquals(List.of("ca/fr/r-5/s1"), ids("droit femme"));
  }
}
