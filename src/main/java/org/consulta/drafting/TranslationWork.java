package org.consulta.drafting;

import java.util.List;
import java.util.function.Function;

/**
 * What a translator needs for one article in one target language: the source language's current
 * text beside the target's, and what changed in the source since the target was last in step with
 * it.
 *
 * @param state {@code untranslated} (the target holds no text yet), {@code outdated} (the source
 *     changed since the target was last in step) or {@code current}
 * @param confirmedRevision the source revision the target was last in step with; null when none is
 *     known, and then the whole source is to be translated
 * @param changes the source's word diff from {@code confirmedRevision} to its current revision;
 *     null when there is no baseline or the target is current
 */
public record TranslationWork(
    String eId,
    int number,
    String state,
    Side source,
    Side target,
    Integer confirmedRevision,
    ArticleDiff changes) {

  /** One language version as it stands: its revision, heading and text. */
  public record Side(Language lang, int revision, String heading, String text, String etag) {
    static Side of(ArticleRevision r, Function<ArticleRevision, String> text) {
      return new Side(r.lang(), r.number(), r.heading(), text.apply(r), ArticleETag.of(r));
    }
  }

  /**
   * The work on {@code target}, given every revision of the source language version in order, and
   * the mark that says the target lags behind (null when it does not).
   */
  static TranslationWork of(
      int number, List<ArticleRevision> source, ArticleRevision target, TranslationLag lag) {
    return of(number, source, target, lag, ArticleRevision::body);
  }

  /** As above, with the texts as {@code text} shows them (cross-references in one numbering). */
  static TranslationWork of(
      int number,
      List<ArticleRevision> source,
      ArticleRevision target,
      TranslationLag lag,
      Function<ArticleRevision, String> text) {
    ArticleRevision current = source.get(source.size() - 1);
    Integer confirmed = lag == null ? Integer.valueOf(current.number()) : lag.confirmedRevision();
    ArticleDiff changes = null;
    if (lag != null && confirmed != null) {
      ArticleRevision baseline =
          source.stream().filter(r -> r.number() == confirmed).findFirst().orElseThrow();
      changes = ArticleDiff.between(baseline, current, text);
    }
    return new TranslationWork(
        target.article().eId(),
        number,
        state(target, lag),
        Side.of(current, text),
        Side.of(target, text),
        confirmed,
        changes);
  }

  static String state(ArticleRevision target, TranslationLag lag) {
    if (target.body().isBlank()) {
      return "untranslated";
    }
    return lag == null ? "current" : "outdated";
  }
}
