package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provisions like an article's text, by MoreLikeThis in its languages and the thesaurus beyond. */
class ComparableSearchTest {
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

  private ComparableResults like(
      Map<Language, String> texts, Set<Language> languages, Set<String> countries, int limit)
      throws IOException {
    return index.comparable(new ComparableQuery(texts, languages, countries, limit));
  }

  private static ComparableProvision find(ComparableResults results, String id) {
    return results.provisions().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + results));
  }

  @Test
  void aFrenchArticleFindsTheEnglishVersionThroughTheThesaurus() throws IOException {
    var results =
        like(
            Map.of(Language.fr, "Les employeurs assurent l'équité salariale entre les femmes."),
            Set.of(),
            Set.of(),
            10);
    assertEquals(List.of(Language.fr), results.compared());
    assertTrue(
        results.concepts().containsAll(List.of("equal-pay", "women")),
        results.concepts().toString());
    var french = find(results, "ca/fr/X-1/s2");
    assertEquals("text", french.via());
    assertTrue(french.score() > 0.5f && french.score() <= 1f, french.toString());
    var english = find(results, "ca/en/X-1/s2");
    assertEquals("thesaurus", english.via());
    assertEquals(Language.en, english.lang());
    assertEquals("CA", english.country());
    assertEquals("ca/X-1", english.instrument().id());
    assertEquals(List.of("equal-pay", "women"), english.concepts().stream().sorted().toList());
    assertTrue(english.snippet().contains("<mark>"), english.snippet());
    assertTrue(english.score() < french.score(), results.toString());
  }

  @Test
  void aSpanishArticleFindsSpanishByLikenessAndPortugueseByConcepts() throws IOException {
    var results =
        like(
            Map.of(
                Language.es,
                "El Estado previene la violencia doméstica contra las mujeres en todos los ámbitos."),
            Set.of(),
            Set.of(),
            10);
    assertEquals("cl/es/ley-1/art-1", results.provisions().get(0).id());
    var portuguese = find(results, "br/pt/lei-1/art-1");
    assertEquals("thesaurus", portuguese.via());
    assertTrue(portuguese.concepts().contains("domestic-violence"), portuguese.toString());
  }

  @Test
  void languagesCountriesAndLimitNarrowTheList() throws IOException {
    var texts =
        Map.of(
            Language.es, "La igualdad de mujeres y hombres ante la ley.",
            Language.en, "Equality of women and men before the law.");
    var all = like(texts, Set.of(), Set.of(), 50);
    assertTrue(all.provisions().size() > 3, all.toString());
    var peru = like(texts, Set.of(), Set.of("PE"), 50);
    assertEquals(
        List.of("pe/es/const-1993/art-2"),
        peru.provisions().stream().map(ComparableProvision::id).toList());
    var portuguese = like(texts, Set.of(Language.pt), Set.of(), 50);
    assertTrue(portuguese.provisions().stream().allMatch(p -> p.lang() == Language.pt));
    assertEquals(2, like(texts, Set.of(), Set.of(), 2).provisions().size());
  }

  @Test
  void aTextWithNoKnownWordFindsNothing() throws IOException {
    var results = like(Map.of(Language.es, "Zzyzx qwerty."), Set.of(), Set.of(), 10);
    assertEquals(List.of(), results.provisions());
    assertEquals(List.of(), results.concepts());
  }
}
