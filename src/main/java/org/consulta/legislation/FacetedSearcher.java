package org.consulta.legislation;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet state of its reader (the ordinals of every facet value across
 * segments). Building it reads every segment's facet values, so it is built once when the {@link
 * org.apache.lucene.search.SearcherManager} opens a new reader, not at every search.
 */
final class FacetedSearcher extends IndexSearcher {
  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          return new FacetedSearcher(reader);
        }
      };

  /** Null while the index holds no provision: there is nothing to count. */
  private final SortedSetDocValuesReaderState facets;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facets =
        reader.numDocs() == 0
            ? null
            : new DefaultSortedSetDocValuesReaderState(reader, ProvisionDocument.FACETS);
  }

  SortedSetDocValuesReaderState facets() {
    return facets;
  }
}
