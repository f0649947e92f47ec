package org.consulta.legislation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.Language;

/**
 * A search for national provisions like a text: the text in each language it is written in, the
 * languages and countries to look in (an empty set leaves them open), and how many to return.
 */
public record ComparableQuery(
    Map<Language, String> texts, Set<Language> languages, Set<String> countries, int limit) {
  public ComparableQuery {
    texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    languages = Set.copyOf(languages);
    countries = Set.copyOf(countries);
  }
}
