package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {
  /** The file the engine loads by default, checked here so that an edit that breaks it fails. */
  static final Path SHIPPED = Path.of("config/thesaurus.csv");

  private static Thesaurus read(String text) throws IOException {
    return Thesaurus.read("test.csv", new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsConceptsWithSeveralTermsPerLanguage() throws IOException {
    var thesaurus =
        read(
            """
            # a comment
            concept,fr,es
              # an indented comment
            protective-order,ordonnance de protection, orden de protección | medida de protección

            quota,,cuota
            """);
    assertEquals(2, thesaurus.concepts().size());
    Concept order = thesaurus.concepts().get(0);
    assertEquals("protective-order", order.name());
    assertEquals(List.of("orden de protección", "medida de protección"), order.terms(Language.es));
    assertEquals(List.of("ordonnance de protection"), order.terms(Language.fr));
    assertEquals(List.of(), order.terms(Language.en));
    assertEquals(List.of(), thesaurus.concepts().get(1).terms(Language.fr));
  }

  @Test
  void aMalformedLineIsNamedWithItsFileAndLine() {
    assertProblem("concept,es\nquota,cuota,cota\n", "test.csv:2: expected 2 cells");
    assertProblem("concept,es,de\n", "test.csv:1: unknown language 'de'");
    assertProblem("term,es\n", "test.csv:1: the header must read");
    assertProblem("concept,es,es\n", "test.csv:1: language 'es' twice");
    assertProblem("# c\nconcept,es\nQuota Gender,cuota\n", "test.csv:3: a concept is named");
    assertProblem("concept,es\nquota,cuota\nquota,cupo\n", "test.csv:3: concept 'quota' twice");
    assertProblem("concept,es,en\nquota, | ,\n", "test.csv:2: concept 'quota' has no term");
  }

  private static void assertProblem(String text, String start) {
    var e = assertThrows(ThesaurusFormatException.class, () -> read(text));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  @Test
  void aMalformedFileStopsTheLoad(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.csv"), "concept,es\nquota\n");
    var e = assertThrows(ThesaurusFormatException.class, () -> Thesaurus.load(broken));
    assertEquals(broken + ":2: expected 2 cells separated by commas, found 1", e.getMessage());
  }

  @Test
  void theApplicationCarriesTheShippedThesaurus() {
    assertEquals(Thesaurus.read(SHIPPED), Thesaurus.shipped());
  }

  @Test
  void theShippedThesaurusCoversTheModelLawsInFourLanguages() {
    var thesaurus = Thesaurus.read(SHIPPED);
    assertTrue(thesaurus.concepts().size() >= 60, "concepts: " + thesaurus.concepts().size());
    for (Concept concept : thesaurus.concepts()) {
      for (Language language : Language.values()) {
        assertTrue(!concept.terms(language).isEmpty(), concept.name() + " has no " + language);
      }
    }
  }

  @Test
  void noPhraseOfTheShippedThesaurusShrinksToOneWordInAnalysis() {
    // "ministros de estado" loses "estado" (a Spanish stop word) and would widen every "ministro"
    var thesaurus = Thesaurus.read(SHIPPED);
    var terms = new ThesaurusTerms(thesaurus, LanguageAnalyzer.perField());
    for (Concept concept : thesaurus.concepts()) {
      for (Language language : Language.values()) {
        for (AnalysedTerm term : terms.terms(concept, language)) {
          boolean phrase = term.text().split("[\\s'’]+").length > 1;
          assertTrue(
              !phrase || term.words().size() > 1,
              concept.name() + " " + language + " '" + term.text() + "' is " + term.words());
        }
      }
    }
  }

  @Test
  void termsAreComparedInAnalysedForm() {
    var terms = new ThesaurusTerms(Thesaurus.read(SHIPPED), LanguageAnalyzer.perField());
    for (String typed : List.of("cuota de género", "Cuotas de Género", "cuotas de genero")) {
      assertTrue(
          terms.matching(typed).stream().anyMatch(m -> m.concept().name().equals("quota")), typed);
    }
    var harassment = terms.matching("Harcèlement");
    assertEquals("harassment", harassment.get(0).concept().name());
    assertEquals(Language.fr, harassment.get(0).language());
    assertEquals("harcèlement", harassment.get(0).term());
    var found =
        terms
            .occurrences(
                Language.es, "Podrá dictar órdenes de protección y sancionar el acoso sexual.")
            .stream()
            .map(m -> m.concept().name())
            .toList();
    assertEquals(List.of("protective-order", "sexual-harassment"), found);
  }
}
