package org.consulta.legislation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.consulta.drafting.Language;

/**
 * Finds the provisions most like a text, one language at a time. In a language the text is written
 * in, {@link MoreLikeThis} picks the text's most telling words (by frequency in the text and rarity
 * in that language's provisions) and looks for them. In another language, the thesaurus concepts
 * the text names are looked for, in that language's words, at least two of them when the text has
 * two. Scores of different languages do not compare, so each is taken relative to its language's
 * best, and the languages share the list.
 */
final class ComparableSearch {
  /** The concepts of a text carried into other languages, the most frequent first. */
  static final int MAX_CONCEPTS = 12;

  private static final int MAX_QUERY_TERMS = 25;
  private static final float TIE_BREAKER = 0.1f;

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final ThesaurusTerms thesaurus;

  ComparableSearch(IndexReader reader, Analyzer analyzer, ThesaurusTerms thesaurus) {
    this.reader = reader;
    this.analyzer = analyzer;
    this.thesaurus = thesaurus;
  }

  ComparableResults run(ComparableQuery query) throws IOException {
    List<Concept> concepts = concepts(query.texts());
    IndexSearcher searcher = QueryText.timed(reader);
    Set<Language> languages =
        query.languages().isEmpty() ? EnumSet.allOf(Language.class) : query.languages();
    List<ComparableProvision> found = new ArrayList<>();
    for (Language language : languages) {
      String text = query.texts().get(language);
      Query like = text != null ? similar(language, text) : carried(concepts, language);
      if (like != null) {
        found.addAll(best(searcher, like, language, text != null, concepts, query));
      }
    }
    found.sort(Comparator.comparingDouble(ComparableProvision::score).reversed());
    return new ComparableResults(
        List.copyOf(query.texts().keySet()),
        concepts.stream().map(Concept::name).toList(),
        searcher.timedOut(),
        List.copyOf(found.subList(0, Math.min(query.limit(), found.size()))));
  }

  /** The concepts named in the text, in all its languages, the most often named first. */
  private List<Concept> concepts(Map<Language, String> texts) {
    Map<Concept, Integer> counts = new LinkedHashMap<>();
    texts.forEach(
        (language, text) ->
            thesaurus
                .occurrences(language, text)
                .forEach(match -> counts.merge(match.concept(), 1, Integer::sum)));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Concept, Integer>comparingByValue().reversed())
        .limit(MAX_CONCEPTS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private Query similar(Language language, String text) throws IOException {
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    var mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {field});
    // an article is short: a word it says once still tells, and a rare word is the point
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return mlt.like(field, new StringReader(text));
  }

  private Query carried(List<Concept> concepts, Language language) {
    var any = new BooleanQuery.Builder();
    int clauses = 0;
    for (Concept concept : concepts) {
      Query named = named(concept, language);
      if (named != null) {
        any.add(named, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.setMinimumNumberShouldMatch(Math.min(2, clauses)).build();
  }

  /** A provision's text naming the concept in one of the language's terms. */
  private Query named(Concept concept, Language language) {
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    List<Query> terms =
        thesaurus.terms(concept, language).stream().map(term -> term.on(field)).toList();
    return terms.isEmpty() ? null : new DisjunctionMaxQuery(terms, TIE_BREAKER);
  }

  private List<ComparableProvision> best(
      IndexSearcher searcher,
      Query like,
      Language language,
      boolean ownText,
      List<Concept> concepts,
      ComparableQuery query)
      throws IOException {
    ScoreDoc[] top = searcher.search(filtered(like, language, query), query.limit()).scoreDocs;
    if (top.length == 0) {
      return List.of();
    }
    List<ProvisionHit> hits = new HitReader(searcher, analyzer).hits(l -> like, top);
    Map<String, Weight> named = weights(searcher, concepts, language);
    List<ComparableProvision> found = new ArrayList<>();
    for (int i = 0; i < top.length; i++) {
      ProvisionHit hit = hits.get(i);
      found.add(
          new ComparableProvision(
              hit.id(),
              hit.label(),
              hit.instrument().country(),
              language,
              hit.instrument(),
              top[i].score / top[0].score,
              hit.snippet(),
              ownText ? "text" : "thesaurus",
              matched(named, top[i].doc)));
    }
    return found;
  }

  private static Query filtered(Query like, Language language, ComparableQuery query) {
    var filtered =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ProvisionDocument.LANG, language.name())),
                BooleanClause.Occur.FILTER);
    if (!query.countries().isEmpty()) {
      List<BytesRef> countries = query.countries().stream().map(BytesRef::new).toList();
      filtered.add(
          new TermInSetQuery(ProvisionDocument.COUNTRY, countries), BooleanClause.Occur.FILTER);
    }
    return filtered.build();
  }

  private Map<String, Weight> weights(
      IndexSearcher searcher, List<Concept> concepts, Language language) throws IOException {
    Map<String, Weight> weights = new LinkedHashMap<>();
    for (Concept concept : concepts) {
      Query named = named(concept, language);
      if (named != null) {
        weights.put(
            concept.name(),
            searcher.createWeight(searcher.rewrite(named), ScoreMode.COMPLETE_NO_SCORES, 1));
      }
    }
    return weights;
  }

  private List<String> matched(Map<String, Weight> named, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    List<String> concepts = new ArrayList<>();
    for (Map.Entry<String, Weight> concept : named.entrySet()) {
      if (concept.getValue().matches(leaf, doc - leaf.docBase) != null) {
        concepts.add(concept.getKey());
      }
    }
    return concepts;
  }
}
