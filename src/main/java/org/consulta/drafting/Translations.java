package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What is left to translate in one language version of a law, and the work on one article. */
@ApplicationScoped
@Transactional
public class Translations {
  @Inject private Laws laws;
  @Inject private CrossReferences crossReferences;

  /**
   * One article waiting for its translation: {@code state} is {@code untranslated} or {@code
   * outdated}; {@code sourceRevision} is the source's latest, {@code confirmedRevision} the one the
   * target was last in step with (null when none), {@code revision} the target's current revision.
   */
  public record Pending(
      String eId,
      int number,
      String heading,
      Language lang,
      int revision,
      String state,
      Language sourceLang,
      int sourceRevision,
      Integer confirmedRevision) {}

  /** The articles of the law waiting for a translation into {@code lang}, in reading order. */
  public List<Pending> pending(String slug, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    LawLayout layout = LawLayout.of(laws.divisions(law), laws.heads(law, lang));
    Map<Long, TranslationLag> lags =
        laws.lags(law, lang).stream()
            .collect(Collectors.toMap(l -> l.article().id(), Function.identity()));
    List<Pending> pending = new ArrayList<>();
    for (LawLayout.Placed placed : layout.articles()) {
      ArticleRevision target = placed.revision();
      TranslationLag lag = lags.get(target.article().id());
      if (lag != null) {
        ArticleRevision source = laws.head(target.article(), lag.sourceLang());
        pending.add(
            new Pending(
                placed.eId(),
                placed.number(),
                target.heading().isBlank() ? source.heading() : target.heading(),
                lang,
                target.number(),
                TranslationWork.state(target, lag),
                lag.sourceLang(),
                lag.sourceRevision(),
                lag.confirmedRevision()));
      }
    }
    pending.sort(Comparator.comparingInt(Pending::number));
    return pending;
  }

  /**
   * The work on one article in {@code lang}: the source is the language the target lags behind, or,
   * for an article in step, the law's first other language.
   */
  public TranslationWork work(String slug, String eId, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    Article article = laws.article(law, eId);
    ArticleRevision target = ArticleEditor.live(laws.head(article, lang));
    TranslationLag lag = laws.lag(article, lang).orElse(null);
    Language sourceLang =
        lag != null
            ? lag.sourceLang()
            : law.languages().stream()
                .filter(l -> l != lang)
                .findFirst()
                .orElseThrow(
                    () ->
                        new LawNotFound(
                            "lang", "law '" + slug + "' has no other language to translate from"));
    LawLayout layout = LawLayout.of(laws.divisions(law), laws.heads(law, lang));
    int number = layout.article(eId).orElseThrow().number();
    List<ArticleRevision> source = laws.revisions(article, sourceLang);
    List<ArticleRevision> shown = new ArrayList<>(source);
    shown.add(target);
    return TranslationWork.of(
        number, source, target, lag, crossReferences.reading(shown, layout)::text);
  }
}
