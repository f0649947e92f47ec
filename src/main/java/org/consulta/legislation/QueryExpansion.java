package org.consulta.legislation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;

/**
 * Widens the words of one query with the thesaurus: a word, a run of words or a quoted phrase that
 * is a thesaurus term gets the concept's terms in every language in scope as optional alternatives,
 * boosted below the query's own words so that its language ranks first. A run of plain words is
 * read as one term when it is one ("orden de protección"); a word a run took is not widened alone.
 * Words under NOT are left as typed. The alternatives are bounded, so that a long query cannot grow
 * past the clause limit.
 */
final class QueryExpansion {
  static final float BOOST = 0.4f;

  /** Analysed words, summed over the fields searched, that all alternatives may add up to. */
  static final int MAX_WORDS = 400;

  private static final float TIE_BREAKER = 0.1f;

  /** A plain word as the parser met it, before any widening. */
  private record Word(List<String> fields, String text) {}

  private final ThesaurusTerms thesaurus;
  private final Set<Language> languages;
  private final Map<Query, Word> words = new IdentityHashMap<>();
  private final Map<String, Expansion> expansions = new LinkedHashMap<>();
  private int budget = MAX_WORDS;

  QueryExpansion(ThesaurusTerms thesaurus, Set<Language> languages) {
    this.thesaurus = thesaurus;
    this.languages = languages;
  }

  /** The concepts the query was widened with, in the order met. */
  List<Expansion> expansions() {
    return List.copyOf(expansions.values());
  }

  /** Remembers a plain word's query: whether to widen it is decided with its neighbours. */
  Query word(List<String> fields, String text, Query query) {
    if (query != null) {
      words.put(query, new Word(fields, text));
    }
    return query;
  }

  /** A quoted phrase is widened at once, as one term. */
  Query phrase(List<String> fields, String text, Query query) {
    return query == null ? null : widened(fields, text, query);
  }

  /** The query the parser produced on its own: one plain word is widened here. */
  Query whole(Query query) {
    Word word = words.get(query);
    return word == null ? query : widened(word.fields(), word.text(), query);
  }

  /** The clauses of one group, runs of words that form a term merged, plain words widened. */
  List<BooleanClause> clauses(List<BooleanClause> clauses) {
    List<BooleanClause> result = new ArrayList<>();
    int i = 0;
    while (i < clauses.size()) {
      int run = run(clauses, i);
      if (run > 1) {
        result.add(
            new BooleanClause(merged(clauses.subList(i, i + run)), BooleanClause.Occur.MUST));
        i += run;
        continue;
      }
      BooleanClause clause = clauses.get(i);
      Word word = words.get(clause.getQuery());
      if (word != null && clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
        clause =
            new BooleanClause(
                widened(word.fields(), word.text(), clause.getQuery()), clause.getOccur());
      }
      result.add(clause);
      i++;
    }
    return result;
  }

  /** The length of the longest run of required plain words from {@code start} that is a term. */
  private int run(List<BooleanClause> clauses, int start) {
    for (int length = Math.min(thesaurus.longestTerm(), clauses.size() - start);
        length > 1;
        length--) {
      String text = runText(clauses.subList(start, start + length));
      if (text != null && !thesaurus.matching(text).isEmpty()) {
        return length;
      }
    }
    return 1;
  }

  private String runText(List<BooleanClause> run) {
    List<String> fields = null;
    List<String> texts = new ArrayList<>();
    for (BooleanClause clause : run) {
      Word word = words.get(clause.getQuery());
      if (word == null
          || clause.getOccur() != BooleanClause.Occur.MUST
          || (fields != null && !fields.equals(word.fields()))) {
        return null;
      }
      fields = word.fields();
      texts.add(word.text());
    }
    return String.join(" ", texts);
  }

  private Query merged(List<BooleanClause> run) {
    var all = new BooleanQuery.Builder();
    run.forEach(clause -> all.add(clause.getQuery(), BooleanClause.Occur.MUST));
    return widened(words.get(run.get(0).getQuery()).fields(), runText(run), all.build());
  }

  private Query widened(List<String> fields, String text, Query query) {
    Set<Query> alternatives = new LinkedHashSet<>();
    for (ThesaurusTerms.Match match : thesaurus.matching(text)) {
      List<Query> more = alternatives(fields, match);
      if (more.isEmpty()) {
        continue;
      }
      alternatives.addAll(more);
      expansions.putIfAbsent(
          match.concept().name(),
          new Expansion(match.concept().name(), match.language(), match.term()));
    }
    if (alternatives.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BOOST),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The concept's other terms on the fields searched, or none once the budget is spent. */
  private List<Query> alternatives(List<String> fields, ThesaurusTerms.Match match) {
    List<Query> queries = new ArrayList<>();
    int cost = 0;
    for (Language language : languages) {
      for (AnalysedTerm term : thesaurus.terms(match.concept(), language)) {
        if (language == match.language() && term.text().equals(match.term())) {
          continue;
        }
        for (String field : fields) {
          queries.add(term.on(ProvisionDocument.field(field, language)));
          cost += term.words().size();
        }
      }
    }
    if (cost > budget) {
      return List.of();
    }
    budget -= cost;
    return queries;
  }
}
