package org.consulta.search;

import java.util.Set;
import org.consulta.drafting.Language;

/**
 * A search of model-law articles: text in the classic syntax, filters an empty set leaves open, and
 * the laws whose working text the caller may not read ({@code hidden}).
 */
record ArticleQuery(
    String text,
    Set<String> laws,
    Set<Language> languages,
    Set<String> hidden,
    int offset,
    int limit) {
  ArticleQuery {
    text = text == null ? "" : text;
    laws = Set.copyOf(laws);
    hidden = Set.copyOf(hidden);
    languages = Set.copyOf(languages);
  }
}
