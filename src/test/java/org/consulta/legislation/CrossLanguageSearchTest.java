package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searches widened with the shipped thesaurus over the fixed corpus. */
class CrossLanguageSearchTest {
  private LegislationIndex index;

  @BeforeEach
  void indexTheFixedCorpus() throws IOException {
    index = new LegislationIndex(new ByteBuffersDirectory(), Thesaurus.read(ThesaurusTest.SHIPPED));
    index.put(Corpora.records("provisions.jsonl"));
    index.commit(new Watermark(8, 1));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResults search(String q, boolean expand, Language... languages) throws IOException {
    return index.search(
        new LegislationQuery(
            q,
            Set.of(languages),
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            SearchSort.RELEVANCE,
            0,
            10,
            expand));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(ProvisionHit::id).toList();
  }

  @Test
  void aFrenchQueryReachesTheEnglishVersionOfTheSameAct() throws IOException {
    for (String q : List.of("équité salariale", "\"Équité salariale\"", "equite salariales")) {
      var widened = search(q, true);
      assertEquals(List.of("ca/fr/X-1/s2", "ca/en/X-1/s2"), ids(widened), q);
      assertEquals(
          List.of(new Expansion("equal-pay", Language.fr, "équité salariale")),
          widened.expansions(),
          q);
      assertTrue(
          widened.hits().get(1).snippet().contains("<mark>pay"), widened.hits().get(1).snippet());
      var plain = search(q, false);
      assertEquals(List.of("ca/fr/X-1/s2"), ids(plain), q);
      assertEquals(List.of(), plain.expansions());
    }
    assertEquals(List.of("ca/en/X-1/s2"), ids(search("équité salariale", true, Language.en)));
    assertEquals(List.of(), ids(search("équité salariale", false, Language.en)));
  }

  @Test
  void aSpanishQueryReachesPortuguese() throws IOException {
    var widened = ids(search("mujeres", true));
    assertTrue(widened.contains("br/pt/lei-1/art-1"), widened.toString());
    assertTrue(widened.indexOf("cl/es/ley-1/art-1") < widened.indexOf("br/pt/lei-1/art-1"));
    assertFalse(ids(search("mujeres", false)).contains("br/pt/lei-1/art-1"));
    assertEquals(List.of("br/pt/lei-1/art-1"), ids(search("Mujer", true, Language.pt)));
  }

  @Test
  void aRunOfWordsThatIsATermIsWidenedAsOne() throws IOException {
    var results = search("violencia contra las mujeres", true);
    assertEquals(
        List.of("violence-against-women"),
        results.expansions().stream().map(Expansion::concept).toList());
    assertEquals("cl/es/ley-1/art-1", results.hits().get(0).id());
    var apart = search("mujeres AND igualdad", true);
    assertEquals(
        List.of("women", "equality"), apart.expansions().stream().map(Expansion::concept).toList());
  }

  @Test
  void aTermAmongOtherWordsIsWidenedAndTheOtherWordsStillCount() throws IOException {
    // the English version holds all three (two through the thesaurus), the French two of them
    var results = search("équité salariale proactive", true);
    assertEquals(List.of("ca/en/X-1/s2", "ca/fr/X-1/s2"), ids(results));
    assertEquals("equal-pay", results.expansions().get(0).concept());
    // without the thesaurus, the French version holds two of the three words typed
    assertEquals(List.of("ca/fr/X-1/s2"), ids(search("équité salariale proactive", false)));
    // two words are both needed, and the thesaurus does not excuse a missing one
    assertEquals(List.of(), ids(search("équité Nicaragua", true)));
    var two = search("femmes équité salariale", true);
    assertEquals(List.of("ca/fr/X-1/s2", "ca/en/X-1/s2"), ids(two));
    assertEquals(
        List.of("women", "equal-pay"), two.expansions().stream().map(Expansion::concept).toList());
  }

  @Test
  void aNegatedWordIsNotWidened() throws IOException {
    var results = search("igualdad AND NOT mujeres", true);
    assertEquals(
        List.of("equality"), results.expansions().stream().map(Expansion::concept).toList());
    assertFalse(ids(results).contains("ni/es/const-2014/art-48"));
  }

  @Test
  void aQueryOfManyTermsStaysWithinTheClauseLimit() throws IOException {
    var many = new StringBuilder("mujer");
    int concepts = 1;
    for (Concept concept : Thesaurus.read(ThesaurusTest.SHIPPED).concepts()) {
      String term = " OR \"" + concept.terms(Language.es).get(0) + "\"";
      if (many.length() + term.length() <= QueryText.MAX_LENGTH) {
        many.append(term);
        concepts++;
      }
    }
    var results = search(many.toString(), true);
    assertTrue(results.total() > 0);
    int widened = results.expansions().size();
    assertTrue(widened > 5 && widened < concepts, widened + " of " + concepts + " widened");
  }
}
