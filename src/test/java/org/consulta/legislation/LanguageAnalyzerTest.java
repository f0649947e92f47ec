package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

/** Plurals, inflections, hyphens and accents as each language's analysis sees them. */
class LanguageAnalyzerTest {
  private final Analyzer analyzer = LanguageAnalyzer.perField();

  private List<String> words(Language language, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens =
        analyzer.tokenStream(ProvisionDocument.field("text", language), text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    }
    return words;
  }

  private void same(Language language, String one, String other) throws IOException {
    assertEquals(words(language, one), words(language, other), one + " / " + other);
  }

  @Test
  void pluralsAndSingularsMeetInEveryLanguage() throws IOException {
    for (String[] pair :
        new String[][] {
          {"orders", "order"},
          {"lists", "list"},
          {"rights", "right"},
          {"women", "woman"},
          {"policies", "policy"},
          {"quotas", "quota"}
        }) {
      same(Language.en, pair[0], pair[1]);
    }
    for (String[] pair :
        new String[][] {
          {"órdenes", "orden"}, {"mujeres", "mujer"}, {"listas", "lista"}, {"derechos", "derecho"}
        }) {
      same(Language.es, pair[0], pair[1]);
    }
    for (String[] pair :
        new String[][] {
          {"direitos", "direito"}, {"mulheres", "mulher"}, {"listas", "lista"}, {"ordens", "ordem"}
        }) {
      same(Language.pt, pair[0], pair[1]);
    }
    for (String[] pair :
        new String[][] {
          {"droits", "droit"},
          {"femmes", "femme"},
          {"listes", "liste"},
          {"ordonnances", "ordonnance"}
        }) {
      same(Language.fr, pair[0], pair[1]);
    }
    assertNotEquals(words(Language.en, "order"), words(Language.en, "older"));
  }

  @Test
  void accentsFoldBothWays() throws IOException {
    same(Language.es, "política", "politica");
    same(Language.pt, "violência", "violencia");
    same(Language.fr, "égalité", "egalite");
    same(Language.fr, "l'égalité", "egalite");
  }

  @Test
  void aHyphenatedWordIsIndexedWholeAndInParts() throws IOException {
    List<String> hyphenated = words(Language.es, "ciber-acoso");
    List<String> joined = words(Language.es, "ciberacoso");
    List<String> apart = words(Language.es, "ciber acoso");
    assertEquals(true, hyphenated.containsAll(joined), hyphenated.toString());
    assertEquals(true, hyphenated.containsAll(apart), hyphenated.toString());
  }
}
