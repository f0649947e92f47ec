package org.consulta.legislation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Lucene's classic syntax (phrases, AND/OR/NOT, {@code field:term}) over the names users know: a
 * text field is searched in the analysed field of every language in scope, a keyword field such as
 * {@code country} as one term, {@code year} as a number. Costly forms are refused: leading
 * wildcards, wildcards after fewer than two letters, regular expressions, ranges on text.
 */
final class ProvisionQueryParser extends QueryParser {
  static final String ANY = "any";
  private static final Map<String, List<String>> TEXT_FIELDS =
      Map.of(
          ANY,
          List.of(
              ProvisionDocument.TEXT,
              ProvisionDocument.TITLE,
              ProvisionDocument.HEADING,
              ProvisionDocument.INSTRUMENT),
          "text",
          List.of(ProvisionDocument.TEXT),
          "title",
          List.of(ProvisionDocument.TITLE),
          "heading",
          List.of(ProvisionDocument.HEADING),
          "instrument",
          List.of(ProvisionDocument.INSTRUMENT));
  private static final Map<String, String> KEYWORD_FIELDS =
      Map.of(
          "country", ProvisionDocument.COUNTRY,
          "lang", ProvisionDocument.LANG,
          "type", ProvisionDocument.TYPE,
          "inForce", ProvisionDocument.IN_FORCE,
          "id", ProvisionDocument.ID,
          "instrumentId", ProvisionDocument.INSTRUMENT_ID,
          "label", ProvisionDocument.LABEL);
  private static final String FIELD_NAMES =
      "text, title, heading, instrument, country, lang, type, inForce, year, label, id,"
          + " instrumentId";
  private static final float TIE_BREAKER = 0.1f;
  private static final Set<String> ANALYSED_FIELDS =
      Arrays.stream(Language.values())
          .flatMap(language -> ProvisionDocument.textFields(language).stream())
          .collect(Collectors.toUnmodifiableSet());

  private final Set<Language> languages;
  private final QueryExpansion expansion;

  /**
   * A parser for one query (parsers keep state): text fields expand over {@code languages}, and
   * words over the thesaurus through {@code expansion}.
   */
  ProvisionQueryParser(Set<Language> languages, Analyzer analyzer, QueryExpansion expansion) {
    super(ANY, analyzer);
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
    if (ANALYSED_FIELDS.contains(field)) {
      // the phrase-with-slop form of the base class calls back here with the analysed field
      return super.getFieldQuery(field, text, quoted);
    }
    if (field.equals(ProvisionDocument.YEAR)) {
      int year = year(text);
      return IntPoint.newExactQuery(ProvisionDocument.YEAR, year);
    }
    String keyword = KEYWORD_FIELDS.get(field);
    if (keyword != null) {
      return new TermQuery(new Term(keyword, keywordValue(keyword, text)));
    }
    return expansion.words(
        TEXT_FIELDS.get(field),
        text,
        words -> across(field, f -> super.getFieldQuery(f, words, quoted)),
        across(field, f -> super.getFieldQuery(f, text, quoted)));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (!TEXT_FIELDS.containsKey(field)) {
      return getFieldQuery(field, text, true);
    }
    return expansion.phrase(
        TEXT_FIELDS.get(field), text, across(field, f -> super.getFieldQuery(f, text, slop)));
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
    literalBeforeWildcard(term.length());
    String keyword = KEYWORD_FIELDS.get(field);
    if (keyword != null) {
      return super.getPrefixQuery(keyword, keywordValue(keyword, term));
    }
    return across(field, f -> super.getPrefixQuery(f, term));
  }

  @Override
  protected Query getWildcardQuery(String field, String term) throws ParseException {
    if (field.equals("*") && term.equals("*")) {
      return super.getWildcardQuery(field, term);
    }
    int star = term.indexOf('*');
    int question = term.indexOf('?');
    literalBeforeWildcard(star < 0 ? question : question < 0 ? star : Math.min(star, question));
    String keyword = KEYWORD_FIELDS.get(field);
    if (keyword != null) {
      return super.getWildcardQuery(keyword, keywordValue(keyword, term));
    }
    return across(field, f -> super.getWildcardQuery(f, term));
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
    String keyword = KEYWORD_FIELDS.get(field);
    if (keyword != null) {
      return super.getFuzzyQuery(keyword, keywordValue(keyword, term), similarity);
    }
    return across(field, f -> super.getFuzzyQuery(f, term, similarity));
  }

  @Override
  protected Query getRangeQuery(
      String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    if (!field.equals(ProvisionDocument.YEAR)) {
      throw new ParseException("ranges are only for year, such as year:[2000 TO 2010]");
    }
    int low = open(from) ? Integer.MIN_VALUE : year(from) + (fromInclusive ? 0 : 1);
    int high = open(to) ? Integer.MAX_VALUE : year(to) - (toInclusive ? 0 : 1);
    return IntPoint.newRangeQuery(ProvisionDocument.YEAR, low, high);
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    throw new ParseException("regular expressions (/…/) are not supported");
  }

  private Query across(String field, FieldQuery query) throws ParseException {
    List<String> names = TEXT_FIELDS.get(field);
    if (names == null) {
      throw new ParseException("unknown field '" + field + "' (" + FIELD_NAMES + ")");
    }
    List<Query> queries = new ArrayList<>();
    for (Language language : languages) {
      for (String name : names) {
        Query one = query.on(ProvisionDocument.field(name, language));
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

  private static void literalBeforeWildcard(int letters) throws ParseException {
    if (letters < 2) {
      throw new ParseException("a wildcard needs at least two letters before * or ?");
    }
  }

  private static boolean open(String bound) {
    return bound == null || bound.equals("*");
  }

  private static int year(String text) throws ParseException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ParseException("year must be a number, such as year:2018");
    }
  }

  /** Keyword values are stored as the corpus spells them: upper-case countries, lower-case rest. */
  private static String keywordValue(String field, String value) {
    return switch (field) {
      case ProvisionDocument.COUNTRY -> value.toUpperCase(Locale.ROOT);
      case ProvisionDocument.LANG, ProvisionDocument.TYPE, ProvisionDocument.IN_FORCE ->
          value.toLowerCase(Locale.ROOT);
      default -> value;
    };
  }
}
