package org.consulta.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.ArticleArrangement.ArticleText;
import org.consulta.drafting.Language;
import org.consulta.drafting.NewLaw;
import org.consulta.drafting.Numbering;
import org.consulta.platform.DomainException;

/**
 * Turns the language versions of a draft into one {@link NewLaw}: the structure of the first
 * language, with each heading and text taken from its own language by eId.
 */
final class DraftPlan {
  private final Map<Language, Map<String, DraftNode>> nodesByLanguage =
      new EnumMap<>(Language.class);

  private DraftPlan(DraftLaw law) {
    for (DraftDocument document : law.languages()) {
      Map<String, DraftNode> nodes = new HashMap<>();
      index(document.body(), nodes);
      nodesByLanguage.put(Language.parse("lang", document.lang()), nodes);
    }
  }

  static NewLaw of(DraftLaw law) {
    DraftDocument first = law.languages().get(0);
    Map<Language, NewLaw.Expression> expressions = new EnumMap<>(Language.class);
    for (DraftDocument document : law.languages()) {
      expressions.put(
          Language.parse("lang", document.lang()),
          new NewLaw.Expression(document.title(), document.preamble()));
    }
    var plan = new DraftPlan(law);
    return new NewLaw(
        law.slug(),
        first.work(),
        first.topic(),
        Numbering.SEQUENTIAL,
        expressions,
        plan.divisions(first.body()));
  }

  private List<NewLaw.NewDivision> divisions(List<DraftNode> nodes) {
    List<NewLaw.NewDivision> divisions = new ArrayList<>();
    for (DraftNode node : nodes) {
      if (node instanceof DraftDivision division) {
        divisions.add(division(division));
      }
    }
    return divisions;
  }

  private NewLaw.NewDivision division(DraftDivision division) {
    List<NewLaw.NewArticle> articles = new ArrayList<>();
    boolean subdivisionSeen = false;
    for (DraftNode child : division.children()) {
      if (child instanceof DraftArticle article) {
        if (subdivisionSeen) {
          throw DomainException.invalid(
              article.eId(),
              "article "
                  + article.eId()
                  + " follows a subdivision of "
                  + division.eId()
                  + "; a division's articles come before its subdivisions");
        }
        articles.add(new NewLaw.NewArticle(article.eId(), texts(article.eId())));
      } else {
        subdivisionSeen = true;
      }
    }
    Map<Language, String> headings = new EnumMap<>(Language.class);
    nodesByLanguage.forEach(
        (lang, nodes) -> {
          if (nodes.get(division.eId()) instanceof DraftDivision translated) {
            headings.put(lang, translated.heading());
          }
        });
    return new NewLaw.NewDivision(
        division.eId(), division.kind(), headings, articles, divisions(division.children()));
  }

  private Map<Language, ArticleText> texts(String eId) {
    Map<Language, ArticleText> texts = new EnumMap<>(Language.class);
    nodesByLanguage.forEach(
        (lang, nodes) -> {
          if (nodes.get(eId) instanceof DraftArticle article) {
            texts.put(lang, new ArticleText(article.heading(), article.text()));
          }
        });
    return texts;
  }

  private static void index(List<DraftNode> nodes, Map<String, DraftNode> byEId) {
    for (DraftNode node : nodes) {
      byEId.put(node.eId(), node);
      if (node instanceof DraftDivision division) {
        index(division.children(), byEId);
      }
    }
  }
}
