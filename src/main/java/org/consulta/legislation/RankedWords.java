package org.consulta.legislation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.consulta.drafting.Language;

/**
 * Plain words typed into one text field, ranked rather than all required: each word (a slot) is
 * scored in its best field and language, a result must hold as many slots as the {@link
 * MinimumMatch} says, and holding more of them, or holding them close together, ranks higher.
 */
final class RankedWords implements QueryExpansion.Words {
  /** How far apart words typed together may be to earn the proximity boost. */
  static final int PROXIMITY_SLOP = 3;

  /** The proximity boost, relative to one word's score. */
  static final float PROXIMITY_BOOST = 0.5f;

  private static final float TIE_BREAKER = 0.1f;

  private final QueryBuilder builder;
  private final QueryFields fields;
  private final String field;
  private final Set<Language> languages;
  private final MinimumMatch minimum;

  /** Words of {@code field} analysed by {@code builder}, searched in {@code languages}. */
  RankedWords(
      QueryBuilder builder,
      QueryFields fields,
      String field,
      Set<Language> languages,
      MinimumMatch minimum) {
    this.builder = builder;
    this.fields = fields;
    this.field = field;
    this.languages = languages;
    this.minimum = minimum;
  }

  /**
   * One word, or a run of words all required, in its best field and language; in the languages not
   * in {@code home} it counts as much as a thesaurus alternative. Null for a stop word of any
   * language searched, which then neither counts nor is needed.
   */
  @Override
  public Query slot(String text, Set<Language> home) throws ParseException {
    List<Query> queries = new ArrayList<>();
    for (Language language : languages) {
      for (String name : fields.text(field)) {
        Query one =
            builder.createBooleanQuery(
                QueryFields.field(name, language), text, BooleanClause.Occur.MUST);
        if (one == null) {
          return null;
        }
        queries.add(home.contains(language) ? one : new BoostQuery(one, QueryExpansion.BOOST));
      }
    }
    return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, TIE_BREAKER);
  }

  /**
   * The slots under the minimum match, and the words all close together ranked higher: a provision
   * that holds more of them, and holds them near each other, comes first. Two words typed apart
   * also match written as one ("ciber acoso", "ciberacoso"), which then counts for both.
   */
  @Override
  public Query group(List<QueryExpansion.Slot> slots, String text) throws ParseException {
    List<Query> kept = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Query query = slots.get(i).query();
      if (query != null) {
        Query before = i > 0 ? joined(slots.get(i - 1), slots.get(i)) : null;
        Query after = i + 1 < slots.size() ? joined(slots.get(i), slots.get(i + 1)) : null;
        kept.add(either(query, before, after));
      }
    }
    if (kept.size() < 2) {
      return kept.isEmpty() ? null : kept.get(0);
    }
    var words = new BooleanQuery.Builder();
    kept.forEach(slot -> words.add(slot, BooleanClause.Occur.SHOULD));
    words.setMinimumNumberShouldMatch(minimum.of(kept.size()));
    var ranked = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
    Query close = phrase(text);
    if (close != null) {
      ranked.add(new BoostQuery(close, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
    }
    return ranked.build();
  }

  /** The two words of adjacent slots written as one word, if both are single words. */
  private Query joined(QueryExpansion.Slot first, QueryExpansion.Slot second)
      throws ParseException {
    if (first.query() == null
        || second.query() == null
        || first.text().contains(" ")
        || second.text().contains(" ")
        || !Character.isLetter(first.text().charAt(first.text().length() - 1))
        || !Character.isLetter(second.text().charAt(0))) {
      return null;
    }
    return slot(first.text() + second.text(), languages);
  }

  private static Query either(Query query, Query before, Query after) {
    List<Query> any = new ArrayList<>(List.of(query));
    if (before != null) {
      any.add(before);
    }
    if (after != null) {
      any.add(after);
    }
    return any.size() == 1 ? query : new DisjunctionMaxQuery(any, TIE_BREAKER);
  }

  /** The words as a phrase with slop, in every field and language. */
  private Query phrase(String text) {
    List<Query> queries = new ArrayList<>();
    for (Language language : languages) {
      for (String name : fields.text(field)) {
        Query one =
            builder.createPhraseQuery(QueryFields.field(name, language), text, PROXIMITY_SLOP);
        if (one != null) {
          queries.add(one);
        }
      }
    }
    return queries.isEmpty() ? null : new DisjunctionMaxQuery(queries, TIE_BREAKER);
  }
}
