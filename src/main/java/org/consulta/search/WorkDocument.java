package org.consulta.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.consulta.drafting.Language;
import org.consulta.legislation.QueryFields;
import org.consulta.legislation.QueryFields.Keyword;
import org.consulta.legislation.QueryFields.Spelling;

/**
 * How articles and comments are laid out in the work index. Both live in one index, told apart by
 * {@link #SCOPE}; text fields exist once per language ({@code text_es}) like those of legislation,
 * so the same analysis and query syntax serve both.
 */
final class WorkDocument {
  static final String KEY = "key";
  static final String SCOPE = "scope";
  static final String LAW = "law";
  static final String LANG = "lang";
  static final String ARTICLE = "article";
  static final String LAW_TITLE = "law_title";
  static final String NUMBER = "number";
  static final String REVISION = "revision";
  static final String TEXT = "text";
  static final String HEADING = "heading";
  static final String REPLACEMENT = "replacement";
  static final String COMMENT_ID = "comment_id";
  static final String KIND = "kind";
  static final String CONSULTATION = "consultation";
  static final String STATE = "state";
  static final String DISPOSITION = "disposition";
  static final String SECTOR = "sector";
  static final String COUNTRY = "country";
  static final String AUTHOR = "author";
  static final String THREAD_AUTHOR = "thread_author";
  static final String AUTHOR_NAME = "author_name";
  static final String HIDDEN = "hidden";

  static final String ARTICLES = "laws";
  static final String COMMENTS = "comments";

  static final FacetsConfig FACETS = new FacetsConfig();

  static final QueryFields ARTICLE_FIELDS =
      new QueryFields(
          Map.of(
              QueryFields.ANY,
              List.of(TEXT, HEADING),
              TEXT,
              List.of(TEXT),
              HEADING,
              List.of(HEADING)),
          Map.of(
              LAW, new Keyword(LAW, Spelling.LOWER),
              LANG, new Keyword(LANG, Spelling.LOWER),
              ARTICLE, new Keyword(ARTICLE, Spelling.AS_TYPED)),
          Set.of(NUMBER));

  static final QueryFields COMMENT_FIELDS =
      new QueryFields(
          Map.of(
              QueryFields.ANY,
              List.of(TEXT, REPLACEMENT),
              TEXT,
              List.of(TEXT),
              REPLACEMENT,
              List.of(REPLACEMENT)),
          Map.of(
              LAW, new Keyword(LAW, Spelling.LOWER),
              LANG, new Keyword(LANG, Spelling.LOWER),
              ARTICLE, new Keyword(ARTICLE, Spelling.AS_TYPED),
              KIND, new Keyword(KIND, Spelling.LOWER),
              CONSULTATION, new Keyword(CONSULTATION, Spelling.AS_TYPED),
              STATE, new Keyword(STATE, Spelling.LOWER),
              DISPOSITION, new Keyword(DISPOSITION, Spelling.LOWER),
              SECTOR, new Keyword(SECTOR, Spelling.LOWER),
              COUNTRY, new Keyword(COUNTRY, Spelling.UPPER)),
          Set.of());

  /** Every analysed field of both scopes, for the one analyzer of the index. */
  static final QueryFields ANALYSED =
      new QueryFields(
          Map.of(QueryFields.ANY, List.of(TEXT, HEADING, REPLACEMENT)), Map.of(), Set.of());

  /** Stored, with offsets in the postings, so the highlighter need not analyse the text again. */
  private static final FieldType HIGHLIGHTED = new FieldType();

  static {
    HIGHLIGHTED.setTokenized(true);
    HIGHLIGHTED.setStored(true);
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED.freeze();
  }

  private WorkDocument() {}

  static Term key(CommentRecord comment) {
    return commentKey(comment.id());
  }

  static Term commentKey(long id) {
    return new Term(KEY, "comment/" + id);
  }

  static Term articleKey(String law, String eId, Language lang) {
    return new Term(KEY, "law/" + law + "/" + eId + "/" + lang);
  }

  static Document of(ArticleRecord article) throws IOException {
    var doc = new Document();
    doc.add(
        new StringField(
            KEY, articleKey(article.law(), article.eId(), article.lang()).text(), Field.Store.NO));
    doc.add(new StringField(SCOPE, ARTICLES, Field.Store.NO));
    keyword(doc, LAW, article.law());
    keyword(doc, LANG, article.lang().name());
    doc.add(new StringField(ARTICLE, article.eId(), Field.Store.YES));
    doc.add(new StoredField(LAW_TITLE, article.lawTitle()));
    doc.add(new IntPoint(NUMBER, article.number()));
    doc.add(new StoredField(NUMBER, article.number()));
    doc.add(new StoredField(REVISION, article.revision()));
    doc.add(new Field(QueryFields.field(TEXT, article.lang()), article.text(), HIGHLIGHTED));
    doc.add(new Field(QueryFields.field(HEADING, article.lang()), article.heading(), HIGHLIGHTED));
    return FACETS.build(doc);
  }

  static Document of(CommentRecord comment) throws IOException {
    var doc = new Document();
    doc.add(new StringField(KEY, key(comment).text(), Field.Store.NO));
    doc.add(new StringField(SCOPE, COMMENTS, Field.Store.NO));
    doc.add(new StoredField(COMMENT_ID, comment.id()));
    keyword(doc, KIND, comment.kind());
    doc.add(new StringField(CONSULTATION, Long.toString(comment.consultation()), Field.Store.YES));
    doc.add(new StringField(LAW, comment.law(), Field.Store.YES));
    doc.add(new StringField(ARTICLE, comment.eId(), Field.Store.YES));
    doc.add(new StringField(LANG, comment.lang().name(), Field.Store.YES));
    optionalKeyword(doc, STATE, comment.state(), false);
    optionalKeyword(doc, DISPOSITION, comment.disposition(), true);
    optionalKeyword(doc, SECTOR, comment.sector(), true);
    optionalKeyword(doc, COUNTRY, comment.country(), true);
    doc.add(new StringField(AUTHOR, Long.toString(comment.author()), Field.Store.NO));
    doc.add(new StringField(THREAD_AUTHOR, Long.toString(comment.threadAuthor()), Field.Store.NO));
    doc.add(new StringField(HIDDEN, Boolean.toString(comment.hidden()), Field.Store.NO));
    doc.add(new StoredField(AUTHOR_NAME, comment.authorName()));
    doc.add(new Field(QueryFields.field(TEXT, comment.lang()), comment.text(), HIGHLIGHTED));
    if (comment.replacement() != null) {
      doc.add(
          new Field(
              QueryFields.field(REPLACEMENT, comment.lang()), comment.replacement(), HIGHLIGHTED));
    }
    return FACETS.build(doc);
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  private static void optionalKeyword(Document doc, String field, String value, boolean counted) {
    if (value == null) {
      return;
    }
    if (counted) {
      keyword(doc, field, value);
    } else {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }
}
