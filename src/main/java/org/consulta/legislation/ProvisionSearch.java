package org.consulta.legislation;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.consulta.drafting.Language;
import org.consulta.platform.WireNames;

/**
 * One search over one point-in-time reader: the query parsed, rewritten and filtered, run under a
 * time limit, then the page of hits with snippets and the facet counts over every hit.
 */
final class ProvisionSearch {
  private static final Sort BY_YEAR = byYear();

  private final IndexReader reader;
  private final SortedSetDocValuesReaderState facets;
  private final Analyzer analyzer;
  private final ThesaurusTerms thesaurus;
  private final MinimumMatch minimum;

  /** {@code facets} is the facet state of {@code reader}, null when it holds no document. */
  ProvisionSearch(
      IndexReader reader,
      SortedSetDocValuesReaderState facets,
      Analyzer analyzer,
      ThesaurusTerms thesaurus,
      MinimumMatch minimum) {
    this.reader = reader;
    this.facets = facets;
    this.analyzer = analyzer;
    this.thesaurus = thesaurus;
    this.minimum = minimum;
  }

  SearchResults run(LegislationQuery query) throws IOException {
    Set<Language> languages =
        query.languages().isEmpty() ? EnumSet.allOf(Language.class) : query.languages();
    QueryExpansion expansion = expansion(query, languages);
    Query parsed =
        QueryText.parse(
            query.text(), ProvisionDocument.QUERY_FIELDS, languages, analyzer, expansion, minimum);
    IndexSearcher searcher = QueryText.timed(reader);
    var rewrite = new TimedRewrite(searcher);
    int wanted = Math.max(1, query.offset() + query.limit());
    Query text;
    FacetsCollectorManager.FacetsResult found;
    try {
      text = rewrite.of(parsed);
      Query filtered = filtered(text, query);
      found =
          query.sort() == SearchSort.YEAR
              ? FacetsCollectorManager.search(
                  searcher, filtered, wanted, BY_YEAR, true, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher, filtered, wanted, new FacetsCollectorManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryText.tooManyTerms();
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
        searcher.timedOut() || rewrite.timedOut(),
        expansion.expansions(),
        new HitReader(searcher, analyzer)
            .hits(
                language -> languages.size() == 1 ? text : textIn(query, language, rewrite), page),
        SearchFacets.count(facets, found.facetsCollector()));
  }

  /** The query for one language's hits alone, as the highlighter wants it (no filters). */
  private Query textIn(LegislationQuery query, Language language, TimedRewrite rewrite) {
    Set<Language> one = EnumSet.of(language);
    try {
      return rewrite.of(
          QueryText.parse(
              query.text(),
              ProvisionDocument.QUERY_FIELDS,
              one,
              analyzer,
              expansion(query, one),
              minimum));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private QueryExpansion expansion(LegislationQuery query, Set<Language> languages) {
    return query.expand()
        ? new QueryExpansion(thesaurus, languages)
        : QueryExpansion.none(analyzer, languages);
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
