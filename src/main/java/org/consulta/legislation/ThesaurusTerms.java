package org.consulta.legislation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.consulta.drafting.Language;

/**
 * The thesaurus as the index sees it: every term analysed by its own language's analyzer, so that a
 * query or a text is compared with it in analysed form ("Cuotas", "cuota" and "cuotas" are one).
 */
final class ThesaurusTerms {
  /**
   * A thesaurus term found in a text or a query, in the language it was found in; {@code asTyped}
   * when the words were the term's own, accents and case aside, not only its stem.
   */
  record Match(Concept concept, Language language, String term, String key, boolean asTyped) {}

  private final Analyzer analyzer;
  private final Map<Concept, Map<Language, List<AnalysedTerm>>> byConcept = new HashMap<>();
  private final Map<Language, Map<String, List<AnalysedTerm>>> byKey =
      new EnumMap<>(Language.class);
  private final int longestTerm;

  ThesaurusTerms(Thesaurus thesaurus, Analyzer analyzer) {
    this.analyzer = analyzer;
    int longest = 0;
    for (Language language : Language.values()) {
      byKey.put(language, new HashMap<>());
    }
    for (Concept concept : thesaurus.concepts()) {
      Map<Language, List<AnalysedTerm>> terms = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        List<AnalysedTerm> analysed = new ArrayList<>();
        for (String text : concept.terms(language)) {
          AnalysedTerm term = analyse(concept, language, text);
          if (!term.words().isEmpty()) {
            analysed.add(term);
            List<AnalysedTerm> same =
                byKey.get(language).computeIfAbsent(term.key(), k -> new ArrayList<>());
            // "orden de protección" and "órdenes de protección" are one key of one concept
            if (same.stream().noneMatch(t -> t.concept().equals(concept))) {
              same.add(term);
            }
            longest = Math.max(longest, text.split(" ").length);
          }
        }
        terms.put(language, List.copyOf(analysed));
      }
      byConcept.put(concept, terms);
    }
    this.longestTerm = longest;
  }

  /** The most words (as written) of any term: longer runs of a query need not be looked up. */
  int longestTerm() {
    return longestTerm;
  }

  /** The analysed terms of a concept in one language. */
  List<AnalysedTerm> terms(Concept concept, Language language) {
    return byConcept.getOrDefault(concept, Map.of()).getOrDefault(language, List.of());
  }

  /**
   * The concepts of which {@code text} is a term, once per language it is a term of; of one
   * concept, the languages in which it is written as typed come first ("paridad" is the Spanish
   * term as typed; the Portuguese "paridade" only shares its stem).
   */
  List<Match> matching(String text) {
    if (longestTerm == 0) {
      return List.of();
    }
    String typed = spelling(text);
    Map<Concept, List<Match>> found = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      String key = String.join(" ", analyse(null, language, text).words());
      for (AnalysedTerm term : byKey.get(language).getOrDefault(key, List.of())) {
        boolean asTyped =
            term.concept().terms(language).stream().anyMatch(t -> spelling(t).equals(typed));
        found
            .computeIfAbsent(term.concept(), c -> new ArrayList<>())
            .add(new Match(term.concept(), language, term.text(), term.key(), asTyped));
      }
    }
    List<Match> all = new ArrayList<>();
    for (List<Match> matches : found.values()) {
      matches.stream().filter(Match::asTyped).forEach(all::add);
      matches.stream().filter(m -> !m.asTyped()).forEach(all::add);
    }
    return List.copyOf(all);
  }

  /** Text as compared for {@link Match#asTyped}: lower case, accents folded, single spaces. */
  private static String spelling(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .trim()
        .replaceAll("\\s+", " ");
  }

  /**
   * Every occurrence of a thesaurus term of {@code language} in a text, in reading order; where
   * terms overlap the longest wins, so "acoso sexual" is sexual harassment, not harassment too.
   */
  List<Match> occurrences(Language language, String text) {
    List<String> words = analyse(null, language, text).words();
    Map<String, List<AnalysedTerm>> keys = byKey.get(language);
    List<Match> found = new ArrayList<>();
    int start = 0;
    while (start < words.size()) {
      int next = start + 1;
      for (int end = Math.min(words.size(), start + longestTerm); end > start; end--) {
        List<AnalysedTerm> terms = keys.get(String.join(" ", words.subList(start, end)));
        if (terms != null) {
          terms.forEach(t -> found.add(new Match(t.concept(), language, t.text(), t.key(), false)));
          next = end;
          break;
        }
      }
      start = next;
    }
    return found;
  }

  private AnalysedTerm analyse(Concept concept, Language language, String text) {
    List<String> words = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        words.add(term.toString());
        positions.add(position);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return new AnalysedTerm(concept, text, words, positions);
  }
}
