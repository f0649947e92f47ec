package org.consulta.legislation;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.consulta.drafting.Language;

/**
 * Turns a page of hits into results: the stored fields, and snippets from the unified highlighter,
 * which reads match offsets from the postings and HTML-escapes everything but its marks.
 */
final class HitReader {
  static final String MARK = "<mark>";
  private static final int SNIPPET_LENGTH = 240;
  private static final int SNIPPETS = 2;

  /** The stored fields a result shows: not the text, which can be long and is only highlighted. */
  private static final Set<String> SHOWN = shownFields();

  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  HitReader(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
            .withMaxLength(ProvisionRecord.MAX_TEXT)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
            .build();
  }

  /**
   * The page as results. Each provision has fields in its own language only, so the hits are
   * highlighted language by language, each with {@code textQuery} for that language alone: the
   * highlighter re-runs its query for every hit and field, and the clauses on other languages'
   * fields (and the filters, which mark no words) would only cost time.
   */
  List<ProvisionHit> hits(Function<Language, Query> textQuery, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, SHOWN);
      Language lang = Language.valueOf(docs[i].get(ProvisionDocument.LANG));
      byLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(i);
    }
    String[][] snippets = new String[page.length][];
    for (var group : byLanguage.entrySet()) {
      highlight(group.getKey(), textQuery.apply(group.getKey()), group.getValue(), page, snippets);
    }
    List<ProvisionHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(docs[i], snippets[i], page[i].score));
    }
    return hits;
  }

  /**
   * Fills the text, title and heading snippets of the hits {@code group} names. Every hit gets a
   * text snippet, marked or not; a title or heading only when it may hold a match, since only a
   * marked one is shown.
   */
  private void highlight(
      Language language, Query query, List<Integer> group, ScoreDoc[] page, String[][] snippets)
      throws IOException {
    for (int i : group) {
      snippets[i] = new String[3];
    }
    highlight(
        ProvisionDocument.field(ProvisionDocument.TEXT, language),
        0,
        SNIPPETS,
        query,
        group,
        page,
        snippets);
    highlightMatched(
        ProvisionDocument.field(ProvisionDocument.TITLE, language),
        1,
        query,
        group,
        page,
        snippets);
    highlightMatched(
        ProvisionDocument.field(ProvisionDocument.HEADING, language),
        2,
        query,
        group,
        page,
        snippets);
  }

  private void highlightMatched(
      String field,
      int slot,
      Query query,
      List<Integer> group,
      ScoreDoc[] page,
      String[][] snippets)
      throws IOException {
    QueryTerms terms = QueryTerms.of(query, field);
    List<Integer> candidates = new ArrayList<>();
    for (int i : group) {
      if (terms.mayMatch(searcher.getIndexReader(), page[i].doc)) {
        candidates.add(i);
      }
    }
    highlight(field, slot, 1, query, candidates, page, snippets);
  }

  private void highlight(
      String field,
      int slot,
      int passages,
      Query query,
      List<Integer> hits,
      ScoreDoc[] page,
      String[][] snippets)
      throws IOException {
    if (hits.isEmpty()) {
      return;
    }
    int[] docs = hits.stream().mapToInt(i -> page[i].doc).toArray();
    String[] found =
        highlighter
            .highlightFields(new String[] {field}, query, docs, new int[] {passages})
            .get(field);
    for (int j = 0; j < docs.length; j++) {
      snippets[hits.get(j)][slot] = found[j];
    }
  }

  private static Set<String> shownFields() {
    Set<String> fields =
        new HashSet<>(
            List.of(
                ProvisionDocument.ID,
                ProvisionDocument.LANG,
                ProvisionDocument.LABEL,
                ProvisionDocument.IN_FORCE,
                ProvisionDocument.SOURCE_URL,
                ProvisionDocument.LICENCE,
                ProvisionDocument.INSTRUMENT_ID,
                ProvisionDocument.COUNTRY,
                ProvisionDocument.TYPE,
                ProvisionDocument.NUMBER,
                ProvisionDocument.YEAR,
                ProvisionDocument.INSTRUMENT_TITLE,
                ProvisionDocument.INSTRUMENT_SHORT_TITLE));
    for (Language language : Language.values()) {
      fields.add(ProvisionDocument.field(ProvisionDocument.TITLE, language));
      fields.add(ProvisionDocument.field(ProvisionDocument.HEADING, language));
    }
    return Set.copyOf(fields);
  }

  /** {@code snippets} holds the text, title and heading snippets, in that order. */
  private static ProvisionHit hit(Document doc, String[] snippets, float score) {
    Language lang = Language.valueOf(doc.get(ProvisionDocument.LANG));
    String titleField = ProvisionDocument.field(ProvisionDocument.TITLE, lang);
    String headingField = ProvisionDocument.field(ProvisionDocument.HEADING, lang);
    IndexableField year = doc.getField(ProvisionDocument.YEAR);
    var instrument =
        new InstrumentView(
            doc.get(ProvisionDocument.INSTRUMENT_ID),
            doc.get(ProvisionDocument.COUNTRY),
            doc.get(ProvisionDocument.TYPE),
            doc.get(ProvisionDocument.NUMBER),
            year == null ? null : year.numericValue().intValue(),
            lang,
            doc.get(ProvisionDocument.INSTRUMENT_TITLE),
            doc.get(ProvisionDocument.INSTRUMENT_SHORT_TITLE));
    return new ProvisionHit(
        doc.get(ProvisionDocument.ID),
        lang,
        doc.get(ProvisionDocument.LABEL),
        doc.get(titleField),
        doc.get(headingField),
        inForce(doc.get(ProvisionDocument.IN_FORCE)),
        doc.get(ProvisionDocument.SOURCE_URL),
        doc.get(ProvisionDocument.LICENCE),
        instrument,
        snippets[0],
        marked(snippets[1]),
        marked(snippets[2]),
        score);
  }

  private static Boolean inForce(String stored) {
    return ProvisionDocument.UNKNOWN.equals(stored) ? null : Boolean.valueOf(stored);
  }

  /** A title or heading snippet only when it marks a match; otherwise it just repeats the field. */
  private static String marked(String snippet) {
    return snippet != null && snippet.contains(MARK) ? snippet : null;
  }
}
