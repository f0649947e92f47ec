package org.consulta.search;

import java.util.Set;
import org.consulta.drafting.Language;

/**
 * A search of consultation comments, for one viewer: text in the classic syntax, filters that an
 * empty set leaves open (values as the index spells them: wire names, upper-case countries).
 */
record CommentQuery(
    String text,
    Viewer viewer,
    Set<String> laws,
    Set<String> consultations,
    Set<Language> languages,
    Set<String> kinds,
    Set<String> states,
    Set<String> sectors,
    Set<String> countries,
    Set<String> dispositions,
    int offset,
    int limit) {
  CommentQuery {
    text = text == null ? "" : text;
    laws = Set.copyOf(laws);
    consultations = Set.copyOf(consultations);
    languages = Set.copyOf(languages);
    kinds = Set.copyOf(kinds);
    states = Set.copyOf(states);
    sectors = Set.copyOf(sectors);
    countries = Set.copyOf(countries);
    dispositions = Set.copyOf(dispositions);
  }
}
