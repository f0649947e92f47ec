package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;

/** Fuzzy parts are rewritten into their terms within the time limit, and dropped after it. */
class TimedRewriteTest {
  private static IndexSearcher searcher() throws IOException {
    var directory = new ByteBuffersDirectory();
    try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (String text : new String[] {"mujer", "mujeres", "paridad"}) {
        var doc = new Document();
        doc.add(new TextField("text", text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return new IndexSearcher(DirectoryReader.open(directory));
  }

  private static Query query() {
    return new BooleanQuery.Builder()
        .add(new FuzzyQuery(new Term("text", "mujer")), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term("text", "paridad")), BooleanClause.Occur.SHOULD)
        .build();
  }

  private static boolean hasMultiTermPart(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query leaf) {
            found[0] |= leaf instanceof MultiTermQuery;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] = true;
          }
        });
    return found[0];
  }

  @Test
  void withinTheLimitFuzzyTermsBecomeTheTermsTheyMatch() throws IOException {
    IndexSearcher searcher = searcher();
    var rewrite = new TimedRewrite(searcher, Duration.ofSeconds(10));
    Query rewritten = rewrite.of(query());
    assertFalse(rewrite.timedOut());
    assertFalse(hasMultiTermPart(rewritten), rewritten.toString());
    assertEquals(3, searcher.count(rewritten));
  }

  @Test
  void pastTheLimitFuzzyTermsMatchNothingAndTheSearchIsPartial() throws IOException {
    IndexSearcher searcher = searcher();
    var rewrite = new TimedRewrite(searcher, Duration.ZERO);
    Query rewritten = rewrite.of(query());
    assertTrue(rewrite.timedOut());
    assertEquals(1, searcher.count(rewritten), rewritten.toString());
  }
}
