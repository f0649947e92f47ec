package org.consulta.drafting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.platform.JsonFields;
import org.consulta.platform.WireNames;

/** Reads the JSON body of {@code POST /api/laws} into a {@link NewLaw}, naming any bad field. */
final class LawPlanReader {
  static final int MAX_TEXT = 200_000;
  static final Set<String> LAW_FIELDS =
      Set.of("slug", "workUri", "topic", "numbering", "languages", "divisions");
  private static final Set<String> EXPRESSION = Set.of("title", "preamble");
  private static final Set<String> DIVISION =
      Set.of("eId", "kind", "headings", "articles", "divisions");
  private static final Set<String> ARTICLE = Set.of("eId", "texts");
  private static final Set<String> TEXT = Set.of("heading", "text");

  private LawPlanReader() {}

  static NewLaw read(JsonFields law) {
    Map<Language, NewLaw.Expression> expressions = new EnumMap<>(Language.class);
    law.objectsByKey("languages", EXPRESSION)
        .forEach(
            (code, e) ->
                expressions.put(
                    Language.parse(law.field("languages"), code),
                    new NewLaw.Expression(
                        e.requiredText("title", 500),
                        e.optionalText("preamble", MAX_TEXT).orElse(null))));
    return new NewLaw(
        law.requiredText("slug", 100),
        law.requiredText("workUri", 300),
        law.requiredText("topic", 100),
        law.optionalNonBlankText("numbering", 20)
            .map(label -> WireNames.parse(Numbering.class, law.field("numbering"), label))
            .orElse(Numbering.SEQUENTIAL),
        expressions,
        divisions(law.objects("divisions", DIVISION)));
  }

  private static List<NewLaw.NewDivision> divisions(List<JsonFields> divisions) {
    return divisions.stream()
        .map(
            d ->
                new NewLaw.NewDivision(
                    d.requiredText("eId", 100),
                    DivisionKind.parse(d.field("kind"), d.requiredText("kind", 20)),
                    byLanguage(d.field("headings"), d.textsByKey("headings", 1000)),
                    d.objects("articles", ARTICLE).stream().map(LawPlanReader::article).toList(),
                    divisions(d.objects("divisions", DIVISION))))
        .toList();
  }

  private static NewLaw.NewArticle article(JsonFields article) {
    Map<Language, ArticleArrangement.ArticleText> texts = texts(article);
    return new NewLaw.NewArticle(article.requiredText("eId", 100), texts);
  }

  /** The {@code texts} field of an article: heading and text per language. */
  static Map<Language, ArticleArrangement.ArticleText> texts(JsonFields article) {
    Map<Language, ArticleArrangement.ArticleText> texts = new EnumMap<>(Language.class);
    article
        .objectsByKey("texts", TEXT)
        .forEach(
            (code, t) ->
                texts.put(
                    Language.parse(article.field("texts"), code),
                    new ArticleArrangement.ArticleText(
                        t.optionalText("heading", 1000).orElse(""),
                        t.requiredText("text", MAX_TEXT))));
    return texts;
  }

  private static Map<Language, String> byLanguage(String field, Map<String, String> texts) {
    Map<Language, String> byLanguage = new EnumMap<>(Language.class);
    texts.forEach((code, text) -> byLanguage.put(Language.parse(field, code), text));
    return byLanguage;
  }
}
