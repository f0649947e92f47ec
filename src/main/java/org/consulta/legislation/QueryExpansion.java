package org.consulta.legislation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;

/**
 * Widens the words of one query with the thesaurus. Within plain words ("orden de protección
 * vigente"), the longest runs that are thesaurus terms are found; a quoted phrase counts only
 * whole. Each term found gets its concept's terms in every language in scope as alternatives, and
 * the query as typed stays, so that a provision with the words typed ranks above one reached only
 * through the thesaurus (the alternatives are boosted below). Words under NOT are left as typed.
 * The alternatives are bounded, so that a long query cannot grow past the clause limit.
 */
final class QueryExpansion {
  static final float BOOST = 0.4f;

  /** Analysed words, summed over the fields searched, that all alternatives may add up to. */
  static final int MAX_WORDS = 400;

  private static final float TIE_BREAKER = 0.1f;

  /** How the parser ranks plain words: each word or term one slot, the slots as one group. */
  interface Words {
    /** The words of one slot, at full strength in the languages {@code home}. */
    Query slot(String text, Set<Language> home) throws ParseException;

    /** The slots ranked together, words found close together ({@code text}) ranking higher. */
    Query group(List<Slot> slots, String text) throws ParseException;
  }

  /** Words typed that count as one, with their query (null for a stop word). */
  record Slot(String text, Query query) {}

  /** Plain words as the parser met them, before any widening. */
  private record Typed(List<String> fields, String text, Words parser) {}

  private final ThesaurusTerms thesaurus;
  private final Set<Language> languages;
  private final Map<Query, Typed> typed = new IdentityHashMap<>();
  private final Map<String, Expansion> expansions = new LinkedHashMap<>();
  private int budget = MAX_WORDS;

  QueryExpansion(ThesaurusTerms thesaurus, Set<Language> languages) {
    this.thesaurus = thesaurus;
    this.languages = languages;
  }

  /** An expansion that widens nothing: the query stays as typed. */
  static QueryExpansion none(Analyzer analyzer, Set<Language> languages) {
    return new QueryExpansion(new ThesaurusTerms(Thesaurus.EMPTY, analyzer), languages);
  }

  /** The concepts the query was widened with, in the order met. */
  List<Expansion> expansions() {
    return List.copyOf(expansions.values());
  }

  /**
   * Remembers the query of plain words: whether to widen it depends on its clause (not under NOT),
   * known only once the parser builds the group it is in.
   */
  Query words(List<String> fields, String text, Words parser, Query query) {
    if (query != null) {
      typed.put(query, new Typed(fields, text, parser));
    }
    return query;
  }

  /** A quoted phrase is widened at once, when it is a term as a whole. */
  Query phrase(List<String> fields, String text, Query query) {
    Found term = query == null ? null : alternatives(fields, text);
    return term == null ? query : withAlternatives(query, term.alternatives());
  }

  /** The query the parser produced when it has no group: plain words alone. */
  Query whole(Query query) throws ParseException {
    Typed words = typed.get(query);
    return words == null ? query : widened(words, query);
  }

  /** The clauses of one group, with their plain words widened unless under NOT. */
  List<BooleanClause> clauses(List<BooleanClause> clauses) throws ParseException {
    List<BooleanClause> result = new ArrayList<>();
    for (BooleanClause clause : clauses) {
      Typed words = typed.get(clause.getQuery());
      if (words != null && clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
        clause = new BooleanClause(widened(words, clause.getQuery()), clause.getOccur());
      }
      result.add(clause);
    }
    return result;
  }

  /**
   * The words as typed, or else the same words with each term found also matched by its
   * alternatives: in "équité salariale 2018", {@code équité} and {@code salariale} are each also
   * matched by {@code pay equity}…, so that a provision naming the concept holds both words, and
   * the thesaurus only widens what the words typed find. A term's words count at full strength in
   * the languages it is a term of as typed; elsewhere, as much as its alternatives.
   */
  private Query widened(Typed words, Query query) throws ParseException {
    String[] split = words.text().trim().split("\\s+");
    List<Slot> slots = new ArrayList<>();
    boolean found = false;
    int i = 0;
    while (i < split.length) {
      int length = longestTerm(split, i);
      if (length == 0) {
        slots.add(new Slot(split[i], words.parser().slot(split[i], languages)));
        i++;
        continue;
      }
      String text = join(split, i, i + length);
      Found term = alternatives(words.fields(), text);
      for (int word = i; word < i + length; word++) {
        Query typed = words.parser().slot(split[word], term == null ? languages : term.home());
        slots.add(
            new Slot(
                split[word],
                term == null || typed == null
                    ? typed
                    : withAlternatives(typed, term.alternatives())));
      }
      found |= term != null;
      i += length;
    }
    return found ? words.parser().group(slots, words.text()) : query;
  }

  private int longestTerm(String[] words, int start) {
    for (int end = Math.min(words.length, start + thesaurus.longestTerm()); end > start; end--) {
      if (!thesaurus.matching(join(words, start, end)).isEmpty()) {
        return end - start;
      }
    }
    return 0;
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", List.of(words).subList(from, to));
  }

  /**
   * The best of the words as typed and their alternatives, not their sum: a provision that holds
   * both ranks as one that holds the typed words, so alternatives never add up past them.
   */
  private static Query withAlternatives(Query query, Query alternatives) {
    return new DisjunctionMaxQuery(
        List.of(query, new BoostQuery(alternatives, BOOST)), TIE_BREAKER);
  }

  /**
   * The alternatives of a term typed, and its home: the languages it is a term of as typed (or, if
   * in none, those it shares a stem with).
   */
  private record Found(Query alternatives, Set<Language> home) {}

  /** The other terms of the concepts {@code text} is a term of, or null if none (or no budget). */
  private Found alternatives(List<String> fields, String text) {
    List<ThesaurusTerms.Match> matches = thesaurus.matching(text);
    Set<Language> home = EnumSet.noneOf(Language.class);
    matches.stream().filter(ThesaurusTerms.Match::asTyped).forEach(m -> home.add(m.language()));
    if (home.isEmpty()) {
      matches.forEach(m -> home.add(m.language()));
    }
    Set<Query> alternatives = new LinkedHashSet<>();
    Set<Concept> seen = new HashSet<>();
    for (ThesaurusTerms.Match match : matches) {
      if (!seen.add(match.concept())) {
        continue;
      }
      List<Query> more = alternatives(fields, match.concept(), matches);
      if (!more.isEmpty()) {
        alternatives.addAll(more);
        expansions.putIfAbsent(
            match.concept().name(),
            new Expansion(match.concept().name(), match.language(), match.term()));
      }
    }
    return alternatives.isEmpty()
        ? null
        : new Found(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), home);
  }

  /** The concept's terms, but for those the words typed already are. */
  private List<Query> alternatives(
      List<String> fields, Concept concept, List<ThesaurusTerms.Match> typed) {
    List<Query> queries = new ArrayList<>();
    int cost = 0;
    for (Language language : languages) {
      for (AnalysedTerm term : thesaurus.terms(concept, language)) {
        if (typed.stream().anyMatch(m -> m.language() == language && m.key().equals(term.key()))) {
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
