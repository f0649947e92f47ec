package org.consulta.legislation;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a query can mark in one field, to tell cheaply whether a document's field may hold a
 * match at all. The highlighter re-runs the whole query for each document and field it is asked
 * about; a title or heading without any of the query's terms cannot be marked, so it need not be
 * asked. Terms under {@code NOT} mark nothing; a wildcard, fuzzy or other multi-term part could
 * match any word, so then every document may match.
 */
final class QueryTerms extends QueryVisitor {
  private final String field;
  private final Set<Term> terms = new HashSet<>();
  private boolean anyTerm;

  private QueryTerms(String field) {
    this.field = field;
  }

  static QueryTerms of(Query query, String field) {
    var visitor = new QueryTerms(field);
    query.visit(visitor);
    return visitor;
  }

  @Override
  public boolean acceptField(String name) {
    return field.equals(name);
  }

  @Override
  public void consumeTerms(Query query, Term... found) {
    terms.addAll(List.of(found));
  }

  @Override
  public void consumeTermsMatching(Query query, String name, Supplier<ByteRunAutomaton> automaton) {
    anyTerm = true;
  }

  /** Whether document {@code doc} (of {@code reader}) has one of the terms in the field. */
  boolean mayMatch(IndexReader reader, int doc) throws IOException {
    if (anyTerm) {
      return true;
    }
    if (terms.isEmpty()) {
      return false;
    }
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    Terms indexed = leaf.reader().terms(field);
    if (indexed == null) {
      return false;
    }
    int target = doc - leaf.docBase;
    TermsEnum words = indexed.iterator();
    for (Term term : terms) {
      if (words.seekExact(term.bytes())
          && words.postings(null, PostingsEnum.NONE).advance(target) == target) {
        return true;
      }
    }
    return false;
  }
}
