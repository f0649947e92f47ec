package org.consulta.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.legislation.LanguageAnalyzer;

/**
 * The search index of model-law articles and consultation comments, kept in memory: the database is
 * the truth and the copy is small, so it is rebuilt at every start rather than kept on disk and
 * checked. One writer; changes become visible to searches at the next {@link #refresh}.
 */
final class WorkIndex implements Closeable {
  private final Analyzer analyzer = LanguageAnalyzer.perField(WorkDocument.ANALYSED);
  private final IndexWriter writer;
  private final SearcherManager searchers;

  WorkIndex() throws IOException {
    this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
    this.searchers = new SearcherManager(writer, null);
  }

  /** Replaces every article of a law with its current live articles (none if it is gone). */
  void putLaw(String law, List<ArticleRecord> articles) throws IOException {
    writer.deleteDocuments(
        new BooleanQuery.Builder()
            .add(scope(WorkDocument.ARTICLES), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(WorkDocument.LAW, law)), BooleanClause.Occur.FILTER)
            .build());
    for (ArticleRecord article : articles) {
      writer.addDocument(WorkDocument.of(article));
    }
  }

  /** Replaces the comments {@code ids}: those in {@code comments} are written again, others go. */
  void putComments(Collection<Long> ids, List<CommentRecord> comments) throws IOException {
    for (long id : ids) {
      writer.deleteDocuments(WorkDocument.commentKey(id));
    }
    for (CommentRecord comment : comments) {
      writer.updateDocument(WorkDocument.key(comment), WorkDocument.of(comment));
    }
  }

  /** Drops everything, for a rebuild; searches see the old state until the next refresh. */
  void clear() throws IOException {
    writer.deleteAll();
  }

  /** Shows searches what was written so far; called off the request path, by the indexer. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  int documents() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  WorkResults<ArticleHit> search(ArticleQuery query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return new WorkSearch(searcher.getIndexReader(), analyzer)
          .run(
              ArticleScope.query(query, analyzer),
              ArticleScope.languages(query),
              ArticleScope.SHAPE,
              query.offset(),
              query.limit(),
              ArticleScope::hit);
    } finally {
      searchers.release(searcher);
    }
  }

  WorkResults<CommentHit> search(CommentQuery query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return new WorkSearch(searcher.getIndexReader(), analyzer)
          .run(
              CommentScope.query(query, analyzer),
              CommentScope.languages(query),
              CommentScope.SHAPE,
              query.offset(),
              query.limit(),
              CommentScope::hit);
    } finally {
      searchers.release(searcher);
    }
  }

  private static TermQuery scope(String scope) {
    return new TermQuery(new Term(WorkDocument.SCOPE, scope));
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      writer.close();
    }
  }
}
