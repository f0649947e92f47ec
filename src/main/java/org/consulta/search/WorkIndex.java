package org.consulta.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.consulta.drafting.Language;
import org.consulta.legislation.LanguageAnalyzer;

/**
 * The search index of model-law articles and consultation comments, a copy of the database kept in
 * a directory of this engine's. One writer; changes become visible to searches at the next {@link
 * #refresh} and are kept only by a {@link #commit}, which records where the index stands ({@link
 * WorkIndexPosition}); what was written since the last commit is dropped at close.
 */
final class WorkIndex implements Closeable {
  private final Analyzer analyzer = LanguageAnalyzer.perField(WorkDocument.ANALYSED);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> committed;

  /** An index in memory, for tests. */
  WorkIndex() throws IOException {
    this(new ByteBuffersDirectory());
  }

  WorkIndex(Directory directory) throws IOException {
    this.committed =
        DirectoryReader.indexExists(directory)
            ? Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData())
            : Map.of();
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // A commit says where the index stands: closing must not commit a half-done state.
                .setCommitOnClose(false)
                // Each edit's refresh flushes a segment of a few entries: packing it into a
                // compound
                // file cost a tenth of the refresh; merged segments still follow the merge policy.
                .setUseCompoundFile(false));
    this.searchers = new SearcherManager(writer, null);
  }

  /** The data of the commit the index was opened at; empty if it had none. */
  Map<String, String> committed() {
    return committed;
  }

  /** What the next commit records about where the index stands. */
  void position(Map<String, String> data) {
    writer.setLiveCommitData(Map.copyOf(data).entrySet());
  }

  /** Keeps what was written so far, with the position last given. */
  void commit() throws IOException {
    writer.commit();
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

  /**
   * Replaces one article's entries with {@code languages}, its live language versions (none if it
   * is gone), leaving the law's other articles as they are.
   */
  void putArticle(String law, String eId, List<ArticleRecord> languages) throws IOException {
    // By key, not by query: a term is cheap to apply at the next refresh, a query is run on every
    // segment.
    for (Language lang : Language.values()) {
      writer.deleteDocuments(WorkDocument.articleKey(law, eId, lang));
    }
    for (ArticleRecord article : languages) {
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
