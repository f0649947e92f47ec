package org.consulta.legislation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.consulta.drafting.Language;

/**
 * How much of the thesaurus the legislation answers: for each language, the concepts and terms of
 * the thesaurus and how many provisions of a corpus each term matches, a term matching where its
 * analysed words stand at the positions the engine's phrase query asks for, in a provision's text,
 * title or heading of its own language. A term that matches nothing widens no search.
 *
 * <p>It lives beside the loader because it reads the thesaurus, the corpus and the analysis the way
 * the engine does, through classes the package keeps to itself (it is public only for {@code
 * exec:java}):
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.consulta.legislation.ThesaurusCoverage \
 *   -Dexec.args="../shared/corpus/legislation.jsonl.gz config/thesaurus.csv target/thesaurus-terms.tsv"
 * </pre>
 *
 * The optional third argument receives every term with its count of provisions (tab-separated).
 */
public final class ThesaurusCoverage {
  /**
   * One language's figures: concepts with a term in it, those of which a term matches a provision,
   * terms, terms matching a provision, and the provisions read.
   */
  record Figures(int concepts, int reached, int terms, int matching, long provisions) {}

  /** One term of one concept, its analysed words, and the provisions of its language matching. */
  record TermCount(String concept, Language language, String term, String key, int provisions) {}

  /** A term in its language: the same word may be a term of one concept in two languages. */
  private record LanguageTerm(Language language, AnalysedTerm term) {}

  private final ThesaurusTerms terms;
  private final Analyzer analyzer = LanguageAnalyzer.perField();
  private final Thesaurus thesaurus;
  private final Map<Language, Map<String, List<AnalysedTerm>>> byFirstWord =
      new EnumMap<>(Language.class);
  private final Map<LanguageTerm, Integer> counts = new HashMap<>();
  private final Map<Language, Long> provisions = new EnumMap<>(Language.class);

  ThesaurusCoverage(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
    this.terms = new ThesaurusTerms(thesaurus, analyzer);
    for (Language language : Language.values()) {
      Map<String, List<AnalysedTerm>> first = new HashMap<>();
      for (Concept concept : thesaurus.concepts()) {
        for (AnalysedTerm term : terms.terms(concept, language)) {
          first.computeIfAbsent(term.words().get(0), w -> new ArrayList<>()).add(term);
          counts.put(new LanguageTerm(language, term), 0);
        }
      }
      byFirstWord.put(language, first);
      provisions.put(language, 0L);
    }
  }

  /** Counts the terms one provision matches, each once. */
  void add(ProvisionRecord record) {
    Language language = record.language();
    provisions.merge(language, 1L, Long::sum);
    Set<AnalysedTerm> found = new HashSet<>();
    for (String text : new String[] {record.text(), record.title(), record.heading()}) {
      if (text != null) {
        found.addAll(matches(language, text));
      }
    }
    found.forEach(term -> counts.merge(new LanguageTerm(language, term), 1, Integer::sum));
  }

  private Set<AnalysedTerm> matches(Language language, String text) {
    List<String> words = new ArrayList<>();
    String field = ProvisionDocument.field(ProvisionDocument.TEXT, language);
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        // a stop word leaves a gap, which a phrase term with a stop word inside expects too
        for (int gap = 1; gap < increment.getPositionIncrement(); gap++) {
          words.add(null);
        }
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    Map<String, List<AnalysedTerm>> first = byFirstWord.get(language);
    Set<AnalysedTerm> found = new HashSet<>();
    for (int start = 0; start < words.size(); start++) {
      String word = words.get(start);
      for (AnalysedTerm term :
          word == null ? List.<AnalysedTerm>of() : first.getOrDefault(word, List.of())) {
        if (at(words, start, term)) {
          found.add(term);
        }
      }
    }
    return found;
  }

  private static boolean at(List<String> words, int start, AnalysedTerm term) {
    int base = term.positions().get(0);
    for (int i = 1; i < term.words().size(); i++) {
      int position = start + term.positions().get(i) - base;
      if (position >= words.size() || !term.words().get(i).equals(words.get(position))) {
        return false;
      }
    }
    return true;
  }

  /** Per language: concepts with a term in it, its terms, those matching a provision. */
  Map<Language, Figures> figures() {
    Map<Language, Figures> figures = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      int concepts = 0;
      int reached = 0;
      int all = 0;
      int matching = 0;
      for (Concept concept : thesaurus.concepts()) {
        List<AnalysedTerm> own = terms.terms(concept, language);
        concepts += own.isEmpty() ? 0 : 1;
        all += own.size();
        int found = (int) own.stream().filter(t -> count(language, t) > 0).count();
        reached += found > 0 ? 1 : 0;
        matching += found;
      }
      figures.put(
          language, new Figures(concepts, reached, all, matching, provisions.get(language)));
    }
    return figures;
  }

  /** Every term, in the thesaurus's order, with the provisions it matches. */
  List<TermCount> termCounts() {
    List<TermCount> all = new ArrayList<>();
    for (Concept concept : thesaurus.concepts()) {
      for (Language language : Language.values()) {
        for (AnalysedTerm term : terms.terms(concept, language)) {
          all.add(
              new TermCount(
                  concept.name(), language, term.text(), term.key(), count(language, term)));
        }
      }
    }
    return all;
  }

  private int count(Language language, AnalysedTerm term) {
    return counts.get(new LanguageTerm(language, term));
  }

  void print(PrintStream out) {
    out.printf("%d concepts%n", thesaurus.concepts().size());
    out.println("lang  concepts  reached  terms  matching  provisions");
    Map<Language, Figures> figures = figures();
    figures.forEach(
        (language, f) ->
            out.printf(
                "%-4s  %8d  %7d  %5d  %8d  %10d%n",
                language, f.concepts(), f.reached(), f.terms(), f.matching(), f.provisions()));
    out.printf(
        "all   %8s  %7s  %5d  %8d%n",
        "",
        "",
        figures.values().stream().mapToInt(Figures::terms).sum(),
        figures.values().stream().mapToInt(Figures::matching).sum());
    Map<Language, List<String>> none = new LinkedHashMap<>();
    for (TermCount count : termCounts()) {
      if (count.provisions() == 0) {
        none.computeIfAbsent(count.language(), l -> new ArrayList<>()).add(count.term());
      }
    }
    none.forEach((language, words) -> out.println("no match, " + language + ": " + words));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ThesaurusCoverage CORPUS.jsonl[.gz] [THESAURUS.csv] [TERMS.tsv]");
      System.exit(2);
    }
    Path thesaurus = Path.of(args.length > 1 ? args[1] : "config/thesaurus.csv");
    var coverage = new ThesaurusCoverage(Thesaurus.read(thesaurus));
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        RecordSource source = ImportFormat.JSONL.open(in)) {
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        if (next.get().ok()) {
          coverage.add(next.get().record());
        }
      }
    }
    coverage.print(System.out);
    if (args.length > 2) {
      List<String> lines = new ArrayList<>(List.of("concept\tlang\tterm\tanalysed\tprovisions"));
      for (TermCount c : coverage.termCounts()) {
        lines.add(
            String.join(
                "\t", c.concept(), c.language().name(), c.term(), c.key(), "" + c.provisions()));
      }
      Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }
  }
}
