package org.consulta.legislation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.consulta.drafting.Language;

/**
 * Analysis of legal text in one language: words, lower case, accents folded, stop words dropped,
 * then the stemmer of Lucene's own analyzer for the language (Porter for English, the light ones
 * for Spanish, Portuguese and French). Folding comes before the stemmer so that a query typed
 * without accents ("politica") meets the indexed word ("política") in exactly the same form. A
 * hyphenated word ("ciber-acoso") is one word joined ("ciberacoso") and its parts, so that every
 * way of writing it meets.
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

  /** A hyphen between letters, which the tokenizer would take as a word break. */
  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

  /** What a hyphen becomes: a connector that keeps the word whole through the tokenizer. */
  private static final String JOINER = "_";

  private static final int HYPHENATED =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.CATENATE_WORDS;

  /** English plurals Porter's rules do not reach, which these laws use throughout. */
  private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR = irregular();

  private static StemmerOverrideFilter.StemmerOverrideMap irregular() {
    var builder = new StemmerOverrideFilter.Builder();
    builder.add("women", "woman");
    builder.add("men", "man");
    builder.add("children", "child");
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("building a map in memory cannot fail", e);
    }
  }

  @Override
  protected Reader initReader(String field, Reader reader) {
    return new PatternReplaceCharFilter(HYPHEN, JOINER, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stream = hyphenated(words);
    stream = normalize(field, stream);
    stream = new StopFilter(stream, stopWords);
    stream =
        switch (language) {
          case es -> new SpanishLightStemFilter(stream);
          case pt -> new PortugueseLightStemFilter(stream);
          case fr -> new FrenchLightStemFilter(stream);
          case en -> new PorterStemFilter(new StemmerOverrideFilter(stream, IRREGULAR));
        };
    return new TokenStreamComponents(words, stream);
  }

  /** Splits only the words the char filter joined, so numbers such as 21.675 stay whole. */
  private static TokenStream hyphenated(TokenStream words) {
    return new ConditionalTokenFilter(
        words, in -> new WordDelimiterGraphFilter(in, HYPHENATED, null)) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

      @Override
      protected boolean shouldFilter() {
        for (int i = 0; i < term.length(); i++) {
          if (term.charAt(i) == JOINER.charAt(0)) {
            return true;
          }
        }
        return false;
      }
    };
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
