package org.consulta.legislation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.consulta.drafting.Language;

/**
 * Lucene's classic syntax (phrases, AND/OR/NOT, {@code field:term}) over the names users know, as
 * {@link QueryFields} defines them: a text field is searched in the analysed field of every
 * language in scope, a keyword field such as {@code country} as one term, a number field such as
 * {@code year} as an integer. Costly forms are refused: leading wildcards, wildcards after fewer
 * than two letters, regular expressions, ranges on anything but numbers; and a query is refused
 * when it types more terms, or more fuzzy terms, than {@link QueryText} allows.
 *
 * <p>Words typed without an operator are ranked, not all required: each word is one clause (its
 * best field and language), a result must hold as many of them as {@link MinimumMatch} says, and
 * one holding more of them, or holding them close together, ranks higher. {@code AND}, {@code
 * +word} and {@code "quotes"} require; {@code OR} and {@code NOT} mean what they say.
 */
public final class ProvisionQueryParser extends QueryParser {
  private static final float TIE_BREAKER = 0.1f;

  // The base class's conjunction and modifier codes, which it keeps package-private.
  private static final int NO_CONJUNCTION = 0;
  private static final int OR = 2;
  private static final int NO_MODIFIER = 0;

  private final QueryFields fields;
  private final Set<Language> languages;
  private final QueryExpansion expansion;
  private final MinimumMatch minimum;
  private final Set<Query> quoted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Query> soft = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<BooleanClause> forced = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<List<BooleanClause>> withOr =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private int terms;
  private int fuzzyTerms;

  /**
   * A parser for one query (parsers keep state) over the fields of an index laid out as {@code
   * fields} says: text fields expand over {@code languages}, and words over the thesaurus through
   * {@code expansion}.
   */
  ProvisionQueryParser(
      QueryFields fields,
      Set<Language> languages,
      Analyzer analyzer,
      QueryExpansion expansion,
      MinimumMatch minimum) {
    super(QueryFields.ANY, analyzer);
    this.fields = fields;
    this.languages = Set.copyOf(languages);
    this.expansion = expansion;
    this.minimum = minimum;
    setAllowLeadingWildcard(false);
    setDefaultOperator(OR_OPERATOR);
  }

  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (fields.isAnalysed(field)) {
      // the phrase-with-slop form of the base class calls back here with the analysed field
      return super.getFieldQuery(field, text, quoted);
    }
    typed();
    if (fields.isNumber(field)) {
      return IntPoint.newExactQuery(field, number(field, text));
    }
    QueryFields.Keyword keyword = fields.keyword(field);
    if (keyword != null) {
      return new TermQuery(new Term(keyword.field(), QueryFields.spelled(keyword, text)));
    }
    if (quoted) {
      return required(
          expansion.phrase(
              fields.text(field), text, across(field, f -> super.getFieldQuery(f, text, true))));
    }
    if (fields.text(field) == null) {
      throw new ParseException("unknown field '" + field + "' (" + fields.names() + ")");
    }
    var words = new RankedWords(this, fields, field, languages, minimum);
    List<QueryExpansion.Slot> slots = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      slots.add(new QueryExpansion.Slot(word, words.slot(word, languages)));
    }
    Query query = words.group(slots, text);
    if (query != null) {
      soft.add(query);
    }
    return expansion.words(fields.text(field), text, words, query);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (!fields.isText(field)) {
      return getFieldQuery(field, text, true);
    }
    typed();
    return required(
        expansion.phrase(
            fields.text(field), text, across(field, f -> super.getFieldQuery(f, text, slop))));
  }

  @Override
  public Query parse(String query) throws ParseException {
    return expansion.whole(super.parse(query));
  }

  /**
   * The default operator is OR, so that words typed alone are optional; a quoted phrase is required
   * all the same, unless {@code OR} joins it to its neighbour.
   */
  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (conj == OR) {
      withOr.add(clauses);
      if (!clauses.isEmpty() && forced.contains(clauses.get(clauses.size() - 1))) {
        BooleanClause previous = clauses.remove(clauses.size() - 1);
        clauses.add(newBooleanClause(previous.getQuery(), BooleanClause.Occur.SHOULD));
      }
    }
    int before = clauses.size();
    super.addClause(clauses, conj, mods, q);
    if (clauses.size() > before
        && conj == NO_CONJUNCTION
        && mods == NO_MODIFIER
        && q != null
        && quoted.contains(q)) {
      BooleanClause must = newBooleanClause(q, BooleanClause.Occur.MUST);
      clauses.set(clauses.size() - 1, must);
      forced.add(must);
    }
  }

  /** A run of plain words is one ranked group; the base class would spread its clauses. */
  @Override
  protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
    if (q != null) {
      clauses.add(newBooleanClause(q, BooleanClause.Occur.SHOULD));
    }
  }

  /**
   * Plain words typed apart (around a phrase, a field or a {@code +word}) are ranked together as
   * well: as many of them as {@link MinimumMatch} says must match, unless {@code OR} was typed.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    List<BooleanClause> widened = expansion.clauses(clauses);
    int plain = 0;
    for (int i = 0; i < clauses.size(); i++) {
      BooleanClause clause = clauses.get(i);
      if (clause.getOccur() == BooleanClause.Occur.SHOULD && soft.contains(clause.getQuery())) {
        plain++;
      }
    }
    boolean onlyPlain =
        clauses.stream()
            .allMatch(
                c -> c.getOccur() != BooleanClause.Occur.SHOULD || soft.contains(c.getQuery()));
    Query query = super.getBooleanQuery(widened);
    if (withOr.contains(clauses)
        || !onlyPlain
        || plain < 2
        || !(query instanceof BooleanQuery bool)) {
      return query;
    }
    var ranked = new BooleanQuery.Builder();
    bool.clauses().forEach(ranked::add);
    return ranked.setMinimumNumberShouldMatch(minimum.of(plain)).build();
  }

  @Override
  protected Query getPrefixQuery(String field, String term) throws ParseException {
    typed();
    literalBeforeWildcard(term.length());
    QueryFields.Keyword keyword = fields.keyword(field);
    if (keyword != null) {
      return super.getPrefixQuery(keyword.field(), QueryFields.spelled(keyword, term));
    }
    return across(field, f -> super.getPrefixQuery(f, term));
  }

  @Override
  protected Query getWildcardQuery(String field, String term) throws ParseException {
    if (field.equals("*") && term.equals("*")) {
      return super.getWildcardQuery(field, term);
    }
    typed();
    int star = term.indexOf('*');
    int question = term.indexOf('?');
    literalBeforeWildcard(star < 0 ? question : question < 0 ? star : Math.min(star, question));
    QueryFields.Keyword keyword = fields.keyword(field);
    if (keyword != null) {
      return super.getWildcardQuery(keyword.field(), QueryFields.spelled(keyword, term));
    }
    return across(field, f -> super.getWildcardQuery(f, term));
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
    typed();
    if (++fuzzyTerms > QueryText.MAX_FUZZY_TERMS) {
      throw QueryText.tooMany(QueryText.MAX_FUZZY_TERMS + " fuzzy terms (word~)");
    }
    QueryFields.Keyword keyword = fields.keyword(field);
    if (keyword != null) {
      return super.getFuzzyQuery(keyword.field(), QueryFields.spelled(keyword, term), similarity);
    }
    return across(field, f -> super.getFuzzyQuery(f, term, similarity));
  }

  /**
   * A fuzzy term becomes its closest words in each field and language: {@link
   * QueryText#MAX_FUZZY_TERMS} of them in sixteen fields at this many words each stay well within
   * Lucene's 1,024 clauses, leaving room for the rest of the query. Lucene's default of 50 words
   * overran it once stemming put more short words in the index.
   */
  static final int FUZZY_EXPANSIONS = 12;

  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    int edits =
        FuzzyQuery.floatToEdits(
            minimumSimilarity, term.text().codePointCount(0, term.text().length()));
    return new FuzzyQuery(
        term, edits, prefixLength, FUZZY_EXPANSIONS, FuzzyQuery.defaultTranspositions);
  }

  @Override
  protected Query getRangeQuery(
      String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    typed();
    if (!fields.isNumber(field)) {
      throw new ParseException("ranges are only for numbers, such as year:[2000 TO 2010]");
    }
    int low = open(from) ? Integer.MIN_VALUE : number(field, from) + (fromInclusive ? 0 : 1);
    int high = open(to) ? Integer.MAX_VALUE : number(field, to) - (toInclusive ? 0 : 1);
    return IntPoint.newRangeQuery(field, low, high);
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    throw new ParseException("regular expressions (/…/) are not supported");
  }

  private Query required(Query query) {
    if (query != null) {
      quoted.add(query);
    }
    return query;
  }

  private Query across(String field, FieldQuery query) throws ParseException {
    List<String> names = fields.text(field);
    if (names == null) {
      throw new ParseException("unknown field '" + field + "' (" + fields.names() + ")");
    }
    List<Query> queries = new ArrayList<>();
    for (Language language : languages) {
      for (String name : names) {
        Query one = query.on(QueryFields.field(name, language));
        if (one != null) {
          queries.add(one);
        }
      }
    }
    return switch (queries.size()) {
      case 0 -> null;
      case 1 -> queries.get(0);
      default -> new DisjunctionMaxQuery(queries, TIE_BREAKER);
    };
  }

  /** Counts one term as typed, before any language, field or thesaurus multiplies it. */
  private void typed() {
    if (++terms > QueryText.MAX_TERMS) {
      throw QueryText.tooMany(QueryText.MAX_TERMS + " terms");
    }
  }

  private static void literalBeforeWildcard(int letters) throws ParseException {
    if (letters < 2) {
      throw new ParseException("a wildcard needs at least two letters before * or ?");
    }
  }

  private static boolean open(String bound) {
    return bound == null || bound.equals("*");
  }

  private static int number(String field, String text) throws ParseException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ParseException(field + " must be a number, such as " + field + ":12");
    }
  }
}
