package org.consulta.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;

/** Puts the views of one law in one or more languages together as an {@link Edition}. */
public final class EditionAssembly {
  private EditionAssembly() {}

  /**
   * @param texts the law in each language of the edition, the first language first
   */
  public static Edition of(
      Map<Language, LawViews.LawView> texts,
      EditionVersion version,
      List<EditionVersion> history,
      Instant now) {
    LawViews.LawView first = texts.values().iterator().next();
    return new Edition(
        first.slug(),
        first.workUri(),
        List.copyOf(texts.keySet()),
        collect(texts, LawViews.LawView::title),
        collect(texts, view -> preamble(view.preamble())),
        version,
        history,
        new Alignment(texts).parts(first.body()),
        now);
  }

  private static <T> Map<Language, T> collect(
      Map<Language, LawViews.LawView> texts, Function<LawViews.LawView, T> f) {
    Map<Language, T> values = new EnumMap<>(Language.class);
    texts.forEach((lang, view) -> values.put(lang, f.apply(view)));
    return values;
  }

  private static List<String> preamble(String preamble) {
    if (preamble == null) {
      return List.of();
    }
    return Arrays.stream(preamble.split("\n\\s*\n"))
        .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /**
   * Walks the first language's tree and finds every node's other languages by eId, so that the
   * columns of a bilingual edition line up article by article.
   */
  private static final class Alignment {
    private final Map<Language, Map<String, Object>> byEId = new EnumMap<>(Language.class);

    Alignment(Map<Language, LawViews.LawView> texts) {
      texts.forEach(
          (lang, view) -> index(view.body(), byEId.computeIfAbsent(lang, l -> new HashMap<>())));
    }

    private static void index(List<Object> nodes, Map<String, Object> into) {
      for (Object node : nodes) {
        if (node instanceof LawViews.DivisionNode division) {
          into.put(division.eId(), division);
          index(division.children(), into);
        } else if (node instanceof LawViews.ArticleView article) {
          into.put(article.eId(), article);
        }
      }
    }

    List<Part> parts(List<Object> nodes) {
      List<Part> parts = new ArrayList<>();
      for (Object node : nodes) {
        if (node instanceof LawViews.DivisionNode division) {
          parts.add(division(division));
        } else if (node instanceof LawViews.ArticleView article) {
          parts.add(article(article.eId()));
        }
      }
      return parts;
    }

    private DivisionPart division(LawViews.DivisionNode node) {
      Map<Language, Heading> headings = new EnumMap<>(Language.class);
      byEId.forEach(
          (lang, nodes) -> {
            if (nodes.get(node.eId()) instanceof LawViews.DivisionNode d) {
              headings.put(lang, Heading.of(d.heading()));
            }
          });
      return new DivisionPart(
          node.eId(), DivisionKind.parse("kind", node.kind()), headings, parts(node.children()));
    }

    private ArticlePart article(String eId) {
      Map<Language, ArticleText> texts = new EnumMap<>(Language.class);
      byEId.forEach(
          (lang, nodes) -> {
            if (nodes.get(eId) instanceof LawViews.ArticleView a) {
              Map<Integer, String> targets = new HashMap<>();
              a.references().stream()
                  .filter(r -> !r.broken())
                  .forEach(r -> targets.put(r.number(), r.target()));
              texts.put(
                  lang,
                  new ArticleText(
                      a.number(), a.heading(), ArticleBody.parse(eId, a.text()), targets));
            }
          });
      return new ArticlePart(eId, texts);
    }
  }
}
