package org.consulta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.consulta.drafting.Language;
import org.consulta.legislation.FacetCount;
import org.consulta.legislation.HitSnippets;
import org.consulta.legislation.QueryFields;
import org.consulta.legislation.QueryText;
import org.consulta.legislation.SearchFacets;
import org.consulta.legislation.TimedRewrite;

/**
 * One search of the work index over one point-in-time reader, as legislation searches run: under
 * the same time limit, rewrite included, a page of hits with snippets, and facet counts over every
 * hit.
 */
final class WorkSearch {
  /** The longest text the highlighter reads; articles and comments are far shorter. */
  private static final int MAX_HIGHLIGHTED = 1_000_000;

  private final IndexReader reader;
  private final Analyzer analyzer;

  WorkSearch(IndexReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.analyzer = analyzer;
  }

  /** What a scope shows of each hit, built from its stored fields and snippets. */
  interface Hits<H> {
    H read(Document doc, Snippets snippets, float score);
  }

  /** The snippets of one hit, by field name and language. */
  record Snippets(Map<String, String[]> all, int index) {
    String of(String name, Language lang) {
      String[] values = all.get(QueryFields.field(name, lang));
      return values == null ? null : values[index];
    }

    /** A snippet only when it marks a match; otherwise it just repeats the field. */
    String marked(String name, Language lang) {
      String snippet = of(name, lang);
      return snippet != null && snippet.contains(HitSnippets.MARK) ? snippet : null;
    }
  }

  /**
   * A scope's part of a search: its highlighted fields (the first gives two passages) and facets.
   */
  record Shape(List<String> highlighted, Map<String, String> facets) {
    /** {@code facets} alternates the name a facet has in answers and the field it counts. */
    static Shape of(List<String> highlighted, String... facets) {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < facets.length; i += 2) {
        named.put(facets[i], facets[i + 1]);
      }
      return new Shape(List.copyOf(highlighted), named);
    }
  }

  <H> WorkResults<H> run(
      Query query, Set<Language> languages, Shape shape, int offset, int limit, Hits<H> hits)
      throws IOException {
    IndexSearcher searcher = QueryText.timed(reader);
    var rewrite = new TimedRewrite(searcher);
    int wanted = Math.max(1, offset + limit);
    Query rewritten;
    FacetsCollectorManager.FacetsResult found;
    try {
      rewritten = rewrite.of(query);
      found =
          FacetsCollectorManager.search(searcher, rewritten, wanted, new FacetsCollectorManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryText.tooManyTerms();
    }
    ScoreDoc[] all = found.topDocs().scoreDocs;
    ScoreDoc[] page =
        offset >= all.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(all, offset, Math.min(all.length, wanted));
    long total =
        found.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    Map<String, List<FacetCount>> facets =
        SearchFacets.terms(reader, WorkDocument.FACETS, found.facetsCollector(), shape.facets());
    return new WorkResults<>(
        total,
        offset,
        limit,
        searcher.timedOut() || rewrite.timedOut(),
        read(searcher, rewritten, languages, shape, page, hits),
        facets);
  }

  private <H> List<H> read(
      IndexSearcher searcher,
      Query query,
      Set<Language> languages,
      Shape shape,
      ScoreDoc[] page,
      Hits<H> hits)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    List<String> fields = new ArrayList<>();
    List<Integer> passages = new ArrayList<>();
    for (Language language : languages) {
      for (String name : shape.highlighted()) {
        fields.add(QueryFields.field(name, language));
        passages.add(name.equals(shape.highlighted().get(0)) ? 2 : 1);
      }
    }
    Map<String, String[]> snippets =
        HitSnippets.highlighter(searcher, analyzer, MAX_HIGHLIGHTED)
            .highlightFields(
                fields.toArray(String[]::new),
                query,
                docs,
                passages.stream().mapToInt(Integer::intValue).toArray());
    StoredFields stored = searcher.storedFields();
    List<H> read = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      read.add(hits.read(stored.document(docs[i]), new Snippets(snippets, i), page[i].score));
    }
    return read;
  }
}
