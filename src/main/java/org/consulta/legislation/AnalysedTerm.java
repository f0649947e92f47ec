package org.consulta.legislation;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A thesaurus term as its language's analyzer sees it: the words left after folding, stop words and
 * stemming, with their positions, so that a phrase keeps the gaps stop words leave in the index
 * ("orden de protección" is "orden" at 0 and "proteccion" at 2).
 */
record AnalysedTerm(Concept concept, String text, List<String> words, List<Integer> positions) {
  AnalysedTerm {
    words = List.copyOf(words);
    positions = List.copyOf(positions);
  }

  /** What a query's words are compared by: the analysed words, gaps left out. */
  String key() {
    return String.join(" ", words);
  }

  /** A term query for one word, a phrase query for several. */
  Query on(String field) {
    if (words.size() == 1) {
      return new TermQuery(new Term(field, words.get(0)));
    }
    var phrase = new PhraseQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      phrase.add(new Term(field, words.get(i)), positions.get(i));
    }
    return phrase.build();
  }
}
