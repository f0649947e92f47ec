package org.consulta.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;
import org.consulta.legislation.QueryFields;
import org.consulta.legislation.QueryText;

/** Searching the current text and heading of model-law articles. */
final class ArticleScope {
  static final WorkSearch.Shape SHAPE =
      WorkSearch.Shape.of(
          List.of(WorkDocument.TEXT, WorkDocument.HEADING),
          "law",
          WorkDocument.LAW,
          "lang",
          WorkDocument.LANG);

  private ArticleScope() {}

  static Set<Language> languages(ArticleQuery search) {
    return search.languages().isEmpty() ? EnumSet.allOf(Language.class) : search.languages();
  }

  static Query query(ArticleQuery search, Analyzer analyzer) {
    Query text =
        QueryText.parse(search.text(), WorkDocument.ARTICLE_FIELDS, languages(search), analyzer);
    return new WorkFilters(text, WorkDocument.ARTICLES)
        .anyOf(WorkDocument.LAW, search.laws())
        .anyOf(WorkDocument.LANG, names(search.languages()))
        .noneOf(WorkDocument.LAW, search.hidden())
        .build();
  }

  static ArticleHit hit(Document doc, WorkSearch.Snippets snippets, float score) {
    Language lang = Language.valueOf(doc.get(WorkDocument.LANG));
    String heading = doc.get(QueryFields.field(WorkDocument.HEADING, lang));
    return new ArticleHit(
        doc.get(WorkDocument.LAW),
        doc.get(WorkDocument.LAW_TITLE),
        doc.get(WorkDocument.ARTICLE),
        doc.getField(WorkDocument.NUMBER).numericValue().intValue(),
        heading,
        lang,
        doc.getField(WorkDocument.REVISION).numericValue().intValue(),
        snippets.of(WorkDocument.TEXT, lang),
        snippets.marked(WorkDocument.HEADING, lang),
        score);
  }

  static Set<String> names(Set<Language> languages) {
    return languages.stream().map(Language::name).collect(Collectors.toSet());
  }
}
