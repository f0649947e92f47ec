package org.consulta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The text query of a search, narrowed to its scope, its filters and what the viewer may see. */
final class WorkFilters {
  private final BooleanQuery.Builder query = new BooleanQuery.Builder();

  WorkFilters(Query text, String scope) {
    query.add(text, BooleanClause.Occur.MUST);
    require(new TermQuery(new Term(WorkDocument.SCOPE, scope)));
  }

  /** Keeps hits whose {@code field} holds any of {@code values}; none leaves the field open. */
  WorkFilters anyOf(String field, Set<String> values) {
    if (!values.isEmpty()) {
      List<BytesRef> terms = new ArrayList<>();
      values.forEach(v -> terms.add(new BytesRef(v)));
      require(new TermInSetQuery(field, terms));
    }
    return this;
  }

  /** Drops hits whose {@code field} holds any of {@code values}. */
  WorkFilters noneOf(String field, Set<String> values) {
    if (!values.isEmpty()) {
      List<BytesRef> terms = new ArrayList<>();
      values.forEach(v -> terms.add(new BytesRef(v)));
      query.add(new TermInSetQuery(field, terms), BooleanClause.Occur.MUST_NOT);
    }
    return this;
  }

  WorkFilters require(Query filter) {
    query.add(filter, BooleanClause.Occur.FILTER);
    return this;
  }

  /**
   * What a participant may find, as part of the query so that totals, pages and facets agree: the
   * threads they started, and there hidden comments only where they wrote them.
   */
  WorkFilters visibleTo(Viewer viewer) {
    if (viewer.privileged()) {
      return this;
    }
    String me = Long.toString(viewer.account());
    require(new TermQuery(new Term(WorkDocument.THREAD_AUTHOR, me)));
    var readable =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(WorkDocument.HIDDEN, "false")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(WorkDocument.AUTHOR, me)), BooleanClause.Occur.SHOULD)
            .build();
    return require(readable);
  }

  Query build() {
    return query.build();
  }
}
