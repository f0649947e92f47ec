package org.consulta.search;

import java.util.Set;
import org.consulta.drafting.Language;

/** A search of model-law articles: text in the classic syntax, filters an empty set leaves open. */
record ArticleQuery(String text, Set<String> laws, Set<Language> languages, int offset, int limit) {
  ArticleQuery {
    text = text == null ? "" : text;
    laws = Set.copyOf(laws);
    languages = Set.copyOf(languages);
  }
}
