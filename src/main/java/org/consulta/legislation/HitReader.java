package org.consulta.legislation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
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
import org.consulta.drafting.Language;

/**
 * Turns a page of hits into results: the stored fields a result shows, and the snippets of {@link
 * HitSnippets}.
 */
final class HitReader {
  /** The stored fields a result shows: not the text, which can be long and is only highlighted. */
  private static final Set<String> SHOWN = shownFields();

  private final IndexSearcher searcher;
  private final HitSnippets snippets;

  HitReader(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.snippets = new HitSnippets(searcher, analyzer);
  }

  /** The page as results, with snippets from {@code textQuery} (see {@link HitSnippets}). */
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
    String[][] found = snippets.of(textQuery, byLanguage, page);
    List<ProvisionHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(docs[i], found[i], page[i].score));
    }
    return hits;
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
    return snippet != null && snippet.contains(HitSnippets.MARK) ? snippet : null;
  }
}
