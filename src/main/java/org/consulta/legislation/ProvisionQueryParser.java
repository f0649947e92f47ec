package org.consulta.legislation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
 */
public final class ProvisionQueryParser extends QueryParser {
  private static final float TIE_BREAKER = 0.1f;

  private final QueryFields fields;
  private final Set<Language> languages;
  private final QueryExpansion expansion;
  private int terms;
  private int fuzzyTerms;

  /**
   * A parser for one query (parsers keep state) over the fields of an index laid out as {@code
   * fields} says: text fields expand over {@code languages}, and words over the thesaurus through
   * {@code expansion}.
   */
  ProvisionQueryParser(
      QueryFields fields, Set<Language> languages, Analyzer analyzer, QueryExpansion expansion) {
    super(QueryFields.ANY, analyzer);
    this.fields = fields;
    this.languages = Set.copyOf(languages);
    this.expansion = expansion;
    setAllowLeadingWildcard(false);
    setDefaultOperator(AND_OPERATOR);
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
    return expansion.words(
        fields.text(field),
        text,
        words -> across(field, f -> super.getFieldQuery(f, words, quoted)),
        across(field, f -> super.getFieldQuery(f, text, quoted)));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (!fields.isText(field)) {
      return getFieldQuery(field, text, true);
    }
    typed();
    return expansion.phrase(
        fields.text(field), text, across(field, f -> super.getFieldQuery(f, text, slop)));
  }

  @Override
  public Query parse(String query) throws ParseException {
    return expansion.whole(super.parse(query));
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    return super.getBooleanQuery(expansion.clauses(clauses));
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
