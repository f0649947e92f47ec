package org.consulta.legislation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * two. A score is the provision's share of the best possible match's ({@link BestMatch}): the
 * article itself where it is written in the language; else a provision naming every concept once,
 * which counts as much as a thesaurus alternative does in a search. So scores of different
 * languages compare, and a provision under {@link #FLOOR} is not shown.
 */
final class ComparableSearch {
  /** The concepts of a text carried into other languages, the most frequent first. */
  static final int MAX_CONCEPTS = 12;

  /** The least share of the best possible match a comparable provision shows. */
  static final float FLOOR = 0.1f;

  private static final int MAX_QUERY_TERMS = 25;

  /** The words of an article its "search for more" starts from. */
  static final int KEY_TERMS = 5;

  /** A word in fewer provisions is more likely a misspelling or a name than the subject. */
  private static final int MIN_KEY_TERM_DOCS = 2;

  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
  private static final float TIE_BREAKER = 0.1f;

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final ThesaurusTerms thesaurus;
  private final MinimumMatch minimum;

  ComparableSearch(
      IndexReader reader, Analyzer analyzer, ThesaurusTerms thesaurus, MinimumMatch minimum) {
    this.reader = reader;
    this.analyzer = analyzer;
    this.thesaurus = thesaurus;
    this.minimum = minimum;
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
    Map<Language, String> searchTerms = new EnumMap<>(Language.class);
    for (Map.Entry<Language, String> text : query.texts().entrySet()) {
      // a searcher of its own: the time limit runs from a searcher's start
      searchTerms.put(
          text.getKey(), searchTerms(QueryText.timed(reader), text.getKey(), text.getValue()));
    }
    return new ComparableResults(
        List.copyOf(query.texts().keySet()),
        concepts.stream().map(Concept::name).toList(),
        searchTerms,
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
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    float best =
        ownText
            ? BestMatch.ofText(
                searcher, field, like, frequencies(field, query.texts().get(language)))
            : BestMatch.ofTerms(searcher, field, like) / QueryExpansion.BOOST;
    int shown = 0;
    while (shown < top.length && best > 0 && top[shown].score / best >= FLOOR) {
      shown++;
    }
    if (shown == 0) {
      return List.of();
    }
    top = Arrays.copyOf(top, shown);
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
              Math.min(1f, top[i].score / best),
              hit.snippet(),
              ownText ? "text" : "thesaurus",
              matched(named, top[i].doc)));
    }
    return found;
  }

  /**
   * What to search for more provisions like the text: its most telling words as written (frequent
   * in the text, rare among the language's provisions), as many of them as still find something
   * when searched as a user would (empty if no word of the text occurs in the language).
   */
  private String searchTerms(IndexSearcher searcher, Language language, String text)
      throws IOException {
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      List<String> analysed = new ArrayList<>(frequencies(field, word).keySet());
      if (analysed.size() == 1) {
        counts.merge(analysed.get(0), 1, Integer::sum);
        written.putIfAbsent(analysed.get(0), word);
      }
    }
    Map<String, Double> telling = new HashMap<>();
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      int docs = reader.docFreq(new Term(field, count.getKey()));
      if (docs >= MIN_KEY_TERM_DOCS) {
        telling.put(count.getKey(), count.getValue() * Math.log(1 + reader.numDocs() / docs));
      }
    }
    List<String> terms =
        telling.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(KEY_TERMS)
            .map(e -> written.get(e.getKey()))
            .collect(Collectors.toCollection(ArrayList::new));
    while (!terms.isEmpty()) {
      String q = String.join(" ", terms);
      Query found =
          QueryText.parse(
              q,
              ProvisionDocument.QUERY_FIELDS,
              EnumSet.allOf(Language.class),
              analyzer,
              QueryExpansion.none(analyzer, EnumSet.allOf(Language.class)),
              minimum);
      if (searcher.count(found) > 0) {
        return q;
      }
      terms.remove(terms.size() - 1);
    }
    return "";
  }

  /** How often each analysed word occurs in the text, as the field's analysis reads it. */
  private Map<String, Integer> frequencies(String field, String text) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    }
    return counts;
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
