package org.consulta.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;
import org.consulta.legislation.QueryText;

/** Searching consultation comments, suggestions (with their replacement text) and replies. */
final class CommentScope {
  static final WorkSearch.Shape SHAPE =
      WorkSearch.Shape.of(
          List.of(WorkDocument.TEXT, WorkDocument.REPLACEMENT),
          "kind",
          WorkDocument.KIND,
          "sector",
          WorkDocument.SECTOR,
          "country",
          WorkDocument.COUNTRY,
          "disposition",
          WorkDocument.DISPOSITION);

  private CommentScope() {}

  static Set<Language> languages(CommentQuery search) {
    return search.languages().isEmpty() ? EnumSet.allOf(Language.class) : search.languages();
  }

  static Query query(CommentQuery search, Analyzer analyzer) {
    Query text =
        QueryText.parse(search.text(), WorkDocument.COMMENT_FIELDS, languages(search), analyzer);
    return new WorkFilters(text, WorkDocument.COMMENTS)
        .visibleTo(search.viewer())
        .anyOf(WorkDocument.LAW, search.laws())
        .anyOf(WorkDocument.CONSULTATION, search.consultations())
        .anyOf(WorkDocument.LANG, ArticleScope.names(search.languages()))
        .anyOf(WorkDocument.KIND, search.kinds())
        .anyOf(WorkDocument.STATE, search.states())
        .anyOf(WorkDocument.SECTOR, search.sectors())
        .anyOf(WorkDocument.COUNTRY, search.countries())
        .anyOf(WorkDocument.DISPOSITION, search.dispositions())
        .build();
  }

  static CommentHit hit(Document doc, WorkSearch.Snippets snippets, float score) {
    Language lang = Language.valueOf(doc.get(WorkDocument.LANG));
    return new CommentHit(
        doc.getField(WorkDocument.COMMENT_ID).numericValue().longValue(),
        doc.get(WorkDocument.KIND),
        Long.parseLong(doc.get(WorkDocument.CONSULTATION)),
        doc.get(WorkDocument.LAW),
        doc.get(WorkDocument.ARTICLE),
        lang,
        doc.get(WorkDocument.AUTHOR_NAME),
        doc.get(WorkDocument.STATE),
        doc.get(WorkDocument.DISPOSITION),
        snippets.of(WorkDocument.TEXT, lang),
        snippets.marked(WorkDocument.REPLACEMENT, lang),
        score);
  }
}
