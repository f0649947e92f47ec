package org.consulta.legislation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.consulta.drafting.Language;
import org.consulta.platform.WireNames;

/**
 * How a provision is laid out in the index. Text fields exist once per language ({@code text_es},
 * {@code text_en}…) so that each is analysed by its own language's analyzer; keyword fields filter
 * and count, and every field the results show is stored.
 */
final class ProvisionDocument {
  static final String ID = "id";
  static final String INSTRUMENT_ID = "instrument_id";
  static final String COUNTRY = "country";
  static final String LANG = "lang";
  static final String TYPE = "type";
  static final String IN_FORCE = "in_force";
  static final String YEAR = "year";
  static final String LABEL = "label";
  static final String NUMBER = "number";
  static final String INSTRUMENT_TITLE = "instrument_title";
  static final String INSTRUMENT_SHORT_TITLE = "instrument_short_title";
  static final String SOURCE_URL = "source_url";
  static final String LICENCE = "licence";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String HEADING = "heading";
  static final String INSTRUMENT = "instrument";

  /** The value of {@link #IN_FORCE} when the source does not say. */
  static final String UNKNOWN = "unknown";

  static final FacetsConfig FACETS = new FacetsConfig();

  /** What a query may name: {@code text:}, {@code country:CL}, {@code year:[2000 TO 2010]}… */
  static final QueryFields QUERY_FIELDS =
      new QueryFields(
          Map.of(
              QueryFields.ANY,
              List.of(TEXT, TITLE, HEADING, INSTRUMENT),
              "text",
              List.of(TEXT),
              "title",
              List.of(TITLE),
              "heading",
              List.of(HEADING),
              "instrument",
              List.of(INSTRUMENT)),
          Map.of(
              "country", new QueryFields.Keyword(COUNTRY, QueryFields.Spelling.UPPER),
              "lang", new QueryFields.Keyword(LANG, QueryFields.Spelling.LOWER),
              "type", new QueryFields.Keyword(TYPE, QueryFields.Spelling.LOWER),
              "inForce", new QueryFields.Keyword(IN_FORCE, QueryFields.Spelling.LOWER),
              "id", new QueryFields.Keyword(ID, QueryFields.Spelling.AS_TYPED),
              "instrumentId", new QueryFields.Keyword(INSTRUMENT_ID, QueryFields.Spelling.AS_TYPED),
              "label", new QueryFields.Keyword(LABEL, QueryFields.Spelling.AS_TYPED)),
          Set.of(YEAR));

  /** Stored, with offsets in the postings, so the highlighter need not analyse the text again. */
  private static final FieldType HIGHLIGHTED = new FieldType();

  static {
    HIGHLIGHTED.setTokenized(true);
    HIGHLIGHTED.setStored(true);
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED.freeze();
  }

  private static final FieldType SEARCHED = new FieldType();

  static {
    SEARCHED.setTokenized(true);
    SEARCHED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    SEARCHED.freeze();
  }

  private ProvisionDocument() {}

  /** The analysed field of a language: {@code text_es}. */
  static String field(String name, Language language) {
    return QueryFields.field(name, language);
  }

  static List<String> textFields(Language language) {
    return QUERY_FIELDS.analysedFields(language);
  }

  static Term key(String id) {
    return new Term(ID, id);
  }

  static String inForce(Boolean inForce) {
    return inForce == null ? UNKNOWN : inForce.toString();
  }

  static Document of(ProvisionRecord record) throws IOException {
    var doc = new Document();
    Language lang = record.language();
    doc.add(new StringField(ID, record.id(), Field.Store.YES));
    doc.add(new StringField(INSTRUMENT_ID, record.instrumentId(), Field.Store.YES));
    keyword(doc, COUNTRY, record.country());
    keyword(doc, LANG, lang.name());
    keyword(doc, TYPE, WireNames.of(record.instrumentType()));
    keyword(doc, IN_FORCE, inForce(record.inForce()));
    doc.add(new StringField(LABEL, record.label(), Field.Store.YES));
    if (record.year() != null) {
      doc.add(new IntPoint(YEAR, record.year()));
      doc.add(new NumericDocValuesField(YEAR, record.year()));
      doc.add(new StoredField(YEAR, record.year()));
    }
    stored(doc, NUMBER, record.instrumentNumber());
    stored(doc, INSTRUMENT_TITLE, record.instrumentTitle());
    stored(doc, INSTRUMENT_SHORT_TITLE, record.instrumentShortTitle());
    stored(doc, SOURCE_URL, record.sourceUrl());
    stored(doc, LICENCE, record.licence());
    doc.add(new Field(field(TEXT, lang), record.text(), HIGHLIGHTED));
    if (record.title() != null) {
      doc.add(new Field(field(TITLE, lang), record.title(), HIGHLIGHTED));
    }
    if (record.heading() != null) {
      doc.add(new Field(field(HEADING, lang), record.heading(), HIGHLIGHTED));
    }
    doc.add(new Field(field(INSTRUMENT, lang), record.instrumentTitle(), SEARCHED));
    if (record.instrumentShortTitle() != null) {
      doc.add(new Field(field(INSTRUMENT, lang), record.instrumentShortTitle(), SEARCHED));
    }
    return FACETS.build(doc);
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }
}
