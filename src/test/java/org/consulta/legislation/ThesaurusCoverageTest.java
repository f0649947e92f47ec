package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ThesaurusCoverageTest {
  private static ThesaurusCoverage coverage() throws IOException {
    var thesaurus =
        Thesaurus.read(
            "test.csv",
            new BufferedReader(
                new StringReader(
                    """
                    concept,es,pt,en,fr
                    domestic-violence,violencia intrafamiliar,violência doméstica,,
                    equality,igualdad ante la ley|igualdad,igualdade,equality,égalité
                    equal-pay,,,pay equity|equity pay,équité salariale
                    sex,sexo,sexo,sex,sexe
                    """)));
    var coverage = new ThesaurusCoverage(thesaurus);
    Corpora.records("provisions.jsonl").forEach(coverage::add);
    return coverage;
  }

  @Test
  void aTermCountsTheProvisionsOfItsLanguageWhereItsWordsStandInOrder() throws IOException {
    Map<String, Integer> counts =
        coverage().termCounts().stream()
            .collect(
                Collectors.toMap(
                    c -> c.language() + ":" + c.term(), ThesaurusCoverage.TermCount::provisions));
    assertEquals(0, counts.get("es:violencia intrafamiliar"));
    assertEquals(1, counts.get("pt:violência doméstica"));
    // the stop words of "igualdad ante la ley" leave the gap the phrase expects
    assertEquals(2, counts.get("es:igualdad ante la ley"));
    assertEquals(4, counts.get("es:igualdad"));
    assertEquals(1, counts.get("en:pay equity"));
    assertEquals(0, counts.get("en:equity pay"));
    assertEquals(1, counts.get("fr:équité salariale"));
    // one spelling in two languages of one concept: each language's provisions count apart
    assertEquals(1, counts.get("es:sexo"));
    assertEquals(0, counts.get("pt:sexo"));
  }

  @Test
  void figuresCountConceptsTermsAndMatchingTermsPerLanguage() throws IOException {
    var figures = coverage().figures();
    assertEquals(new ThesaurusCoverage.Figures(3, 2, 4, 3, 5), figures.get(Language.es));
    assertEquals(new ThesaurusCoverage.Figures(3, 1, 3, 1, 1), figures.get(Language.pt));
    // English stems with Porter: "equality" meets the provision's "Equal pay".
    assertEquals(new ThesaurusCoverage.Figures(3, 2, 4, 2, 1), figures.get(Language.en));
    assertEquals(new ThesaurusCoverage.Figures(3, 3, 3, 3, 1), figures.get(Language.fr));
  }
}
