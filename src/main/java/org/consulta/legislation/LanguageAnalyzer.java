package org.consulta.legislation;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.consulta.drafting.Language;

/**
 * Analysis of legal text in one language: words, lower case, accents folded, stop words dropped,
 * then a light stemmer. Folding comes before the stemmer so that a query typed without accents
 * ("politica") meets the indexed word ("política") in exactly the same form.
 */
public final class LanguageAnalyzer extends Analyzer {
  private final Language language;
  private final CharArraySet stopWords;

  private LanguageAnalyzer(Language language) {
    this.language = language;
    this.stopWords = folded(stopWordsOf(language));
  }

  /** One analyzer per language-specific field of provisions, keyword analysis for the rest. */
  static Analyzer perField() {
    return perField(ProvisionDocument.QUERY_FIELDS);
  }

  /** One analyzer per language-specific field of {@code fields}, keyword analysis for the rest. */
  public static Analyzer perField(QueryFields fields) {
    Map<String, Analyzer> analyzers = new HashMap<>();
    Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Analyzer analyzer = byLanguage.computeIfAbsent(language, LanguageAnalyzer::new);
      fields.analysedFields(language).forEach(field -> analyzers.put(field, analyzer));
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), analyzers);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stream = normalize(field, words);
    stream = new StopFilter(stream, stopWords);
    stream =
        switch (language) {
          case es -> new SpanishLightStemFilter(stream);
          case pt -> new PortugueseLightStemFilter(stream);
          case fr -> new FrenchLightStemFilter(stream);
          case en -> new KStemFilter(stream);
        };
    return new TokenStreamComponents(words, stream);
  }

  /** What wildcard and fuzzy terms go through: no stemming, or "mujer*" would miss "mujeres". */
  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    stream =
        switch (language) {
          case fr -> new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
          case en -> new EnglishPossessiveFilter(stream);
          case es, pt -> stream;
        };
    return new ASCIIFoldingFilter(stream);
  }

  private static CharArraySet stopWordsOf(Language language) {
    return switch (language) {
      case es -> SpanishAnalyzer.getDefaultStopSet();
      case pt -> PortugueseAnalyzer.getDefaultStopSet();
      case fr -> FrenchAnalyzer.getDefaultStopSet();
      case en -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    };
  }

  /**
   * The stop words as they look once folded ("más" becomes "mas"), since they meet folded words.
   */
  private static CharArraySet folded(CharArraySet words) {
    var folded = new CharArraySet(words.size(), false);
    for (Object word : words) {
      String text = new String((char[]) word);
      folded.add(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }
    return CharArraySet.unmodifiableSet(folded);
  }
}
