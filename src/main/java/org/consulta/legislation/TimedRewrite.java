package org.consulta.legislation;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites the fuzzy, prefix and wildcard parts of a query into the terms they match, under the
 * search's time limit. Lucene's own time limit starts only once the query is rewritten, and a fuzzy
 * term builds costly automata there, once per field and language; rewritten here, a part left when
 * the time is up matches nothing and the search is partial. The highlighter then takes the
 * rewritten query, so it marks the terms found without building the automata a second time.
 */
public final class TimedRewrite {
  private final IndexSearcher searcher;
  private final long deadline;
  private boolean timedOut;

  /** A rewrite for one search, whose time started now. */
  public TimedRewrite(IndexSearcher searcher) {
    this(searcher, QueryText.TIME_LIMIT);
  }

  TimedRewrite(IndexSearcher searcher, Duration limit) {
    this.searcher = searcher;
    this.deadline = System.nanoTime() + limit.toNanos();
  }

  /** Whether some part of a query was left out because the time was up. */
  public boolean timedOut() {
    return timedOut;
  }

  public Query of(Query query) throws IOException {
    if (query instanceof MultiTermQuery multiTerm) {
      if (System.nanoTime() - deadline >= 0) {
        timedOut = true;
        return new MatchNoDocsQuery("the time limit was reached");
      }
      return searcher.rewrite(multiTerm);
    }
    if (query instanceof BooleanQuery bool) {
      var rewritten =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool) {
        rewritten.add(of(clause.getQuery()), clause.getOccur());
      }
      return rewritten.build();
    }
    if (query instanceof DisjunctionMaxQuery max) {
      List<Query> disjuncts = new ArrayList<>();
      for (Query disjunct : max) {
        disjuncts.add(of(disjunct));
      }
      return new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(of(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(of(constant.getQuery()));
    }
    return query;
  }
}
