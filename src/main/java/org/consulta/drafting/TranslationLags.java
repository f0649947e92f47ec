package org.consulta.drafting;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Optional;

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

  void afterEdit(Article article, ArticleRevision edited, Collection<Language> languages) {
    Optional<TranslationLag> own = laws.lag(article, edited.lang());
    if (own.isPresent()) {
      em.remove(own.get());
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
}
