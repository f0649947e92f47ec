package org.consulta.legislation;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
public final class HitReader {
  public static final String MARK = "<mark>";
  private static final int SNIPPET_LENGTH = 240;
  private static final int SNIPPETS = 2;

  private final IndexSearcher searcher;
  private final Set<Language> languages;
  private final UnifiedHighlighter highlighter;

  HitReader(IndexSearcher searcher, Analyzer analyzer, Set<Language> languages) {
    this.searcher = searcher;
    this.languages = languages;
    this.highlighter = highlighter(searcher, analyzer, ProvisionRecord.MAX_TEXT);
  }

  /**
   * The highlighter every search shares: snippets of about {@value #SNIPPET_LENGTH} characters,
   * escaped, where only {@code <mark>} is markup.
   */
  public static UnifiedHighlighter highlighter(
      IndexSearcher searcher, Analyzer analyzer, int maxLength) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
        .withMaxLength(maxLength)
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
        .build();
  }

  List<ProvisionHit> hits(Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    List<String> fields = new ArrayList<>();
    List<Integer> passages = new ArrayList<>();
    for (Language language : languages) {
      fields.add(ProvisionDocument.field(ProvisionDocument.TEXT, language));
      passages.add(SNIPPETS);
      fields.add(ProvisionDocument.field(ProvisionDocument.TITLE, language));
      passages.add(1);
      fields.add(ProvisionDocument.field(ProvisionDocument.HEADING, language));
      passages.add(1);
    }
    Map<String, String[]> snippets =
        highlighter.highlightFields(
            fields.toArray(String[]::new),
            query,
            docs,
            passages.stream().mapToInt(Integer::intValue).toArray());
    StoredFields stored = searcher.storedFields();
    List<ProvisionHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(stored.document(docs[i]), snippets, i, page[i].score));
    }
    return hits;
  }

  private static ProvisionHit hit(
      Document doc, Map<String, String[]> snippets, int i, float score) {
    Language lang = Language.valueOf(doc.get(ProvisionDocument.LANG));
    String textField = ProvisionDocument.field(ProvisionDocument.TEXT, lang);
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
        snippet(snippets, textField, i),
        marked(snippet(snippets, titleField, i)),
        marked(snippet(snippets, headingField, i)),
        score);
  }

  private static Boolean inForce(String stored) {
    return ProvisionDocument.UNKNOWN.equals(stored) ? null : Boolean.valueOf(stored);
  }

  private static String snippet(Map<String, String[]> snippets, String field, int i) {
    String[] values = snippets.get(field);
    return values == null ? null : values[i];
  }

  /** A title or heading snippet only when it marks a match; otherwise it just repeats the field. */
  private static String marked(String snippet) {
    return snippet != null && snippet.contains(MARK) ? snippet : null;
  }
}
