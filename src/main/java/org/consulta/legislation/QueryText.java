package org.consulta.legislation;

import java.time.Duration;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/**
 * What a user types into any search, and the bounds every search keeps: the text is read in the
 * classic syntax by {@link ProvisionQueryParser} (blank finds everything), too long or malformed
 * text is a 400 naming {@code q}, and a search runs under a time limit.
 */
public final class QueryText {
  /** A search that runs longer returns what it found so far, marked partial. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  public static final int MAX_LENGTH = 1000;

  /**
   * Terms as typed. Each one is searched in every field and language in scope, so this keeps a
   * query well inside Lucene's clause limit.
   */
  public static final int MAX_TERMS = 64;

  /**
   * Fuzzy terms as typed. Each builds an edit-distance automaton per field and language (2 to 30 ms
   * each, longer words costing more), once to search and again to highlight, before the time limit
   * can apply: a handful of them cost up to a second.
   */
  public static final int MAX_FUZZY_TERMS = 4;

  private QueryText() {}

  /** The text as typed, with no thesaurus: model-law articles and comments are searched so. */
  public static Query parse(
      String text, QueryFields fields, Set<Language> languages, Analyzer analyzer) {
    return parse(
        text,
        fields,
        languages,
        analyzer,
        QueryExpansion.none(analyzer, languages),
        MinimumMatch.DEFAULT);
  }

  static Query parse(
      String text,
      QueryFields fields,
      Set<Language> languages,
      Analyzer analyzer,
      QueryExpansion expansion,
      MinimumMatch minimum) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_LENGTH) {
      throw DomainException.invalid(
          ProblemCode.TOO_LONG, "q", "the query is longer than " + MAX_LENGTH + " characters");
    }
    try {
      return new ProvisionQueryParser(fields, languages, analyzer, expansion, minimum).parse(text);
    } catch (ParseException e) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, "q", "the query does not parse: " + reason(e, text));
    }
  }

  /** A searcher of its own over a shared reader: the time limit is set per searcher. */
  public static IndexSearcher timed(IndexReader reader) {
    var searcher = new IndexSearcher(reader);
    searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT.toMillis()));
    return searcher;
  }

  /** A query over one of the limits above, such as "64 terms". */
  static DomainException tooMany(String limit) {
    return DomainException.invalid("q", "the query has more than " + limit + "; make it shorter");
  }

  /** What a query that expands past Lucene's clause limit (say {@code a*~}) gets. */
  public static DomainException tooManyTerms() {
    return DomainException.invalid("q", "the query expands to too many terms; make it narrower");
  }

  /** The parser's first line, without the query it repeats: "Encountered "<EOF>" at …". */
  private static String reason(ParseException e, String text) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage();
    String echo = "Cannot parse '" + text + "': ";
    if (message.startsWith(echo)) {
      message = message.substring(echo.length());
    }
    int line = message.indexOf('\n');
    return (line < 0 ? message : message.substring(0, line)).trim();
  }
}
