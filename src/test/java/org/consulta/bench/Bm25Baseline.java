package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The plain baseline: Lucene's {@link BM25Similarity} over one field per language holding the
 * provision's instrument titles, title, heading and text, analysed with the standard tokenizer,
 * lower case, ASCII folding and that language's stop words, nothing else (no stemming, no
 * thesaurus). A question's words are analysed for each language and asked with OR in all four
 * fields. Built in process from the corpus file, in a temporary folder deleted on close.
 */
final class Bm25Baseline implements AutoCloseable {
  private static final Map<String, CharArraySet> STOP_WORDS =
      Map.of(
          "es", SpanishAnalyzer.getDefaultStopSet(),
          "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
          "pt", PortugueseAnalyzer.getDefaultStopSet(),
          "fr", FrenchAnalyzer.getDefaultStopSet());

  private final Path folder;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  private Bm25Baseline(Path folder, Directory directory, Analyzer analyzer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.analyzer = analyzer;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
  }

  /** Indexes every record of {@code corpus} (JSON Lines, gzip when it ends in .gz). */
  static Bm25Baseline build(Path corpus) throws IOException {
    Path folder = Files.createTempDirectory("relevance-bm25");
    Directory directory = new MMapDirectory(folder);
    Analyzer analyzer = analyzer();
    var config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    config.setRAMBufferSizeMB(128);
    try (var writer = new IndexWriter(directory, config);
        var lines =
            new BufferedReader(new InputStreamReader(open(corpus), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          writer.addDocument(document(line));
        }
      }
    }
    return new Bm25Baseline(folder, directory, analyzer);
  }

  /** The ids of the first {@code n} provisions for the question's words. */
  List<String> search(String words, int n) throws IOException {
    var query = new BooleanQuery.Builder();
    for (String lang : STOP_WORDS.keySet()) {
      for (String term : terms(field(lang), words)) {
        query.add(new TermQuery(new Term(field(lang), term)), BooleanClause.Occur.SHOULD);
      }
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), n).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  /** The words as the field's analysis leaves them, each once. */
  Set<String> terms(String field, String words) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, words)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  static String field(String lang) {
    return "text_" + lang;
  }

  static Analyzer analyzer() {
    Map<String, Analyzer> fields = new java.util.HashMap<>();
    STOP_WORDS.forEach((lang, stop) -> fields.put(field(lang), new Folded(folded(stop))));
    return new PerFieldAnalyzerWrapper(new Folded(CharArraySet.EMPTY_SET), fields);
  }

  private static Document document(String line) {
    JsonObject r;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      r = reader.readObject();
    }
    var text = new StringBuilder();
    for (String name :
        List.of(
            "instrument_title", "instrument_short_title", "provision_title", "heading", "text")) {
      if (r.containsKey(name) && !r.isNull(name)) {
        text.append(r.getString(name)).append('\n');
      }
    }
    var doc = new Document();
    doc.add(new StoredField("id", r.getString("id")));
    doc.add(new TextField(field(r.getString("language")), text.toString(), Field.Store.NO));
    return doc;
  }

  private static InputStream open(Path corpus) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    return corpus.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Stop words as folded text meets them ("más" as "mas"). */
  private static CharArraySet folded(CharArraySet words) {
    var folded = new CharArraySet(words.size(), false);
    for (Object word : words) {
      char[] chars = (char[]) word;
      char[] out = new char[chars.length * 4];
      int n = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
      folded.add(new String(out, 0, n));
    }
    return folded;
  }

  /** Standard tokenizer, lower case, ASCII folding, stop words. */
  private static final class Folded extends Analyzer {
    private final CharArraySet stopWords;

    Folded(CharArraySet stopWords) {
      this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      var words = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, new StopFilter(stream, stopWords));
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
