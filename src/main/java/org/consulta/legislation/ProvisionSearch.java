package org.consulta.legislation;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.WireNames;

/**
 * One search over one point-in-time reader: the query parsed and filtered, run under a time limit,
 * then the page of hits with snippets and the facet counts over every hit.
 */
final class ProvisionSearch {
  /** A search that runs longer returns what it found so far, marked partial. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  static final int MAX_QUERY_LENGTH = 1000;

  private static final Sort BY_YEAR = byYear();

  private final IndexReader reader;
  private final SortedSetDocValuesReaderState facets;
  private final Analyzer analyzer;

  /** {@code facets} is the facet state of {@code reader}, null when it holds no document. */
  ProvisionSearch(IndexReader reader, SortedSetDocValuesReaderState facets, Analyzer analyzer) {
    this.reader = reader;
    this.facets = facets;
    this.analyzer = analyzer;
  }

  SearchResults run(LegislationQuery query) throws IOException {
    Set<Language> languages =
        query.languages().isEmpty() ? EnumSet.allOf(Language.class) : query.languages();
    Query text = parse(query.text(), languages);
    Query filtered = filtered(text, query);
    // A searcher of its own over the shared reader: the time limit is set per searcher.
    var searcher = new IndexSearcher(reader);
    searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT.toMillis()));
    int wanted = Math.max(1, query.offset() + query.limit());
    FacetsCollectorManager.FacetsResult found;
    try {
      found =
          query.sort() == SearchSort.YEAR
              ? FacetsCollectorManager.search(
                  searcher, filtered, wanted, BY_YEAR, true, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher, filtered, wanted, new FacetsCollectorManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw DomainException.invalid("q", "the query expands to too many terms; make it narrower");
    }
    ScoreDoc[] all = found.topDocs().scoreDocs;
    ScoreDoc[] page =
        query.offset() >= all.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(all, query.offset(), Math.min(all.length, wanted));
    long total =
        found.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    return new SearchResults(
        total,
        query.offset(),
        query.limit(),
        searcher.timedOut(),
        new HitReader(searcher, analyzer)
            .hits(
                language ->
                    languages.size() == 1 ? text : parse(query.text(), EnumSet.of(language)),
                page),
        SearchFacets.count(facets, found.facetsCollector()));
  }

  private Query parse(String text, Set<Language> languages) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw DomainException.invalid(
          "q", "the query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    try {
      return new ProvisionQueryParser(languages, analyzer).parse(text);
    } catch (ParseException e) {
      throw DomainException.invalid("q", "the query does not parse: " + reason(e, text));
    }
  }

  /** The parser's first line, without the query it repeats: "Encountered "<EOF>" at …". */
  private static String reason(ParseException e, String text) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage();
    String echo = "Cannot parse '" + text + "': ";
    if (message.startsWith(echo)) {
      message = message.substring(echo.length());
    }
    int line = message.indexOf('\n');
    return (line < 0 ? message : message.substring(0, line)).trim();
  }

  private static Query filtered(Query text, LegislationQuery query) {
    var filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    filter(filtered, ProvisionDocument.LANG, query.languages(), Language::name);
    filter(filtered, ProvisionDocument.COUNTRY, query.countries(), Function.identity());
    filter(filtered, ProvisionDocument.TYPE, query.types(), WireNames::of);
    filter(filtered, ProvisionDocument.IN_FORCE, query.inForce(), Function.identity());
    if (query.yearFrom() != null || query.yearTo() != null) {
      int from = query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom();
      int to = query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo();
      filtered.add(
          IntPoint.newRangeQuery(ProvisionDocument.YEAR, from, to), BooleanClause.Occur.FILTER);
    }
    return filtered.build();
  }

  private static <T> void filter(
      BooleanQuery.Builder query, String field, Set<T> values, Function<T, String> term) {
    if (!values.isEmpty()) {
      List<BytesRef> terms = new ArrayList<>();
      values.forEach(v -> terms.add(new BytesRef(term.apply(v))));
      query.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
    }
  }

  private static Sort byYear() {
    var year = new SortField(ProvisionDocument.YEAR, SortField.Type.INT, true);
    year.setMissingValue(Integer.MIN_VALUE);
    return new Sort(year, SortField.FIELD_SCORE);
  }
}
