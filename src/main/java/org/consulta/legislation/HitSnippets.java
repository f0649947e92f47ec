package org.consulta.legislation;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.consulta.drafting.Language;

/**
 * Snippets of a page of hits from the unified highlighter, which reads match offsets from the
 * postings and HTML-escapes everything but its marks. The highlighter re-runs its query for every
 * hit and field, so it is given as little as gives the same marks: a provision has fields in its
 * own language only, so hits are highlighted language by language with the query for that language
 * alone (the filters mark no words); and a title or heading is highlighted only when it holds one
 * of the query's words, since only a marked one is shown.
 */
public final class HitSnippets {
  public static final String MARK = "<mark>";
  private static final int SNIPPET_LENGTH = 240;
  private static final int SNIPPETS = 2;

  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  HitSnippets(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
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

  /**
   * The text, title and heading snippets of each hit of {@code page}, in that order (null where
   * there is none); {@code byLanguage} gives the hits of each language by their place in the page.
   */
  String[][] of(
      Function<Language, Query> textQuery, Map<Language, List<Integer>> byLanguage, ScoreDoc[] page)
      throws IOException {
    String[][] snippets = new String[page.length][];
    for (var group : byLanguage.entrySet()) {
      highlight(group.getKey(), textQuery.apply(group.getKey()), group.getValue(), page, snippets);
    }
    return snippets;
  }

  /** Every hit gets a text snippet, marked or not; a title or heading only if it may match. */
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
}
