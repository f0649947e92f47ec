package org.consulta.legislation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The score the best possible match of a query would get in one field of the index: a provision
 * that is the compared text itself (each word as often as the text has it, as long as the text),
 * scored with the index's own statistics. A comparable provision's score is its share of that, so
 * that 1 means "as like the article as the article itself", whatever the language's word counts.
 */
final class BestMatch {
  private final IndexSearcher searcher;
  private final String field;
  private final Map<String, Integer> frequencies;
  private final long length;

  /**
   * {@code frequencies} of the analysed words of the text and its {@code length} in words; an empty
   * map stands for a provision that holds each word of the query once, of average length.
   */
  private BestMatch(
      IndexSearcher searcher, String field, Map<String, Integer> frequencies, long length) {
    this.searcher = searcher;
    this.field = field;
    this.frequencies = frequencies;
    this.length = length;
  }

  /** The score of the text itself, had it been indexed in {@code field}. */
  static float ofText(
      IndexSearcher searcher, String field, Query query, Map<String, Integer> frequencies)
      throws IOException {
    long length = frequencies.values().stream().mapToLong(Integer::longValue).sum();
    return new BestMatch(searcher, field, frequencies, Math.max(1, length)).score(query, 1f);
  }

  /** The score of a provision of average length holding every term of the query once. */
  static float ofTerms(IndexSearcher searcher, String field, Query query) throws IOException {
    CollectionStatistics stats = searcher.collectionStatistics(field);
    long average = stats == null ? 1 : Math.max(1, stats.sumTotalTermFreq() / stats.docCount());
    return new BestMatch(searcher, field, Map.of(), average).score(query, 1f);
  }

  private float score(Query query, float boost) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return score(boosted.getQuery(), boost * boosted.getBoost());
    }
    if (query instanceof BooleanQuery bool) {
      float sum = 0;
      for (BooleanClause clause : bool.clauses()) {
        if (clause.isScoring()) {
          sum += score(clause.getQuery(), boost);
        }
      }
      return sum;
    }
    if (query instanceof DisjunctionMaxQuery any) {
      float best = 0;
      for (Query one : any.getDisjuncts()) {
        best = Math.max(best, score(one, boost));
      }
      return best;
    }
    if (query instanceof TermQuery term) {
      int frequency =
          frequencies.isEmpty() ? 1 : frequencies.getOrDefault(term.getTerm().text(), 0);
      return frequency == 0 ? 0 : score(List.of(term.getTerm()), frequency, boost);
    }
    if (query instanceof PhraseQuery phrase) {
      return score(List.of(phrase.getTerms()), 1, boost);
    }
    return 0;
  }

  private float score(List<Term> terms, int frequency, float boost) throws IOException {
    CollectionStatistics collection = searcher.collectionStatistics(field);
    if (collection == null) {
      return 0;
    }
    IndexReader reader = searcher.getIndexReader();
    List<TermStatistics> stats = new ArrayList<>();
    for (Term term : terms) {
      int docs = reader.docFreq(term);
      if (docs == 0) {
        return 0;
      }
      stats.add(new TermStatistics(term.bytes(), docs, reader.totalTermFreq(term)));
    }
    Similarity.SimScorer scorer =
        searcher.getSimilarity().scorer(boost, collection, stats.toArray(new TermStatistics[0]));
    return scorer.score(
        frequency, SmallFloat.intToByte4((int) Math.min(Integer.MAX_VALUE, length)));
  }
}
