package org.consulta.legislation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * One idea of the thesaurus ("sexual-harassment") with the words each language's legislation uses
 * for it; a language may have none.
 */
record Concept(String name, Map<Language, List<String>> terms) {
  Concept {
    var copy = new EnumMap<Language, List<String>>(Language.class);
    terms.forEach((language, words) -> copy.put(language, List.copyOf(words)));
    terms = copy;
  }

  List<String> terms(Language language) {
    return terms.getOrDefault(language, List.of());
  }
}
