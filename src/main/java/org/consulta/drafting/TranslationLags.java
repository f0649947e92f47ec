package org.consulta.drafting;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Optional;
import org.consulta.platform.DomainException;

/**
 * Keeps the "needs translation update" marks in step with edits: editing a lagging language version
 * catches it up; editing an up-to-date one leaves every other language lagging behind it.
 */
final class TranslationLags {
  private final EntityManager em;
  private final Laws laws;

  TranslationLags(EntityManager em, Laws laws) {
    this.em = em;
    this.laws = laws;
  }

  /**
   * After an edit of {@code edited}'s language version; {@code translatedFrom}, when given, is the
   * revision of the source that the edit translated.
   */
  void afterEdit(
      Article article,
      ArticleRevision edited,
      Collection<Language> languages,
      Integer translatedFrom) {
    Optional<TranslationLag> own = laws.lag(article, edited.lang());
    if (own.isPresent()) {
      catchUp(own.get(), translatedFrom);
      return;
    }
    for (Language other : languages) {
      if (other != edited.lang()) {
        laws.lag(article, other)
            .ifPresentOrElse(
                lag -> lag.follow(edited),
                () -> em.persist(new TranslationLag(article, other, edited, edited.number() - 1)));
      }
    }
  }

  /**
   * The version was brought in step with revision {@code upTo} of its source (its latest when
   * null): the mark goes, or stays measured from {@code upTo} when the source moved on since.
   */
  void catchUp(TranslationLag lag, Integer upTo) {
    if (upTo != null && upTo > lag.sourceRevision()) {
      throw DomainException.invalid(
          "source",
          "the "
              + lag.sourceLang()
              + " source of article '"
              + lag.article().eId()
              + "' has no revision "
              + upTo
              + " (latest "
              + lag.sourceRevision()
              + ")");
    }
    if (upTo == null || upTo == lag.sourceRevision()) {
      em.remove(lag);
    } else {
      lag.confirmUpTo(upTo);
    }
  }
}
