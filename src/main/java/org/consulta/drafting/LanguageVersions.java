package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/**
 * Gives a law a new language version: the same divisions and articles, every article empty and
 * marked as waiting for its translation from the law's first language.
 */
@ApplicationScoped
@Transactional
public class LanguageVersions {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private Event<ArticlesInserted> inserted;
  @Inject private StructureHistory history;

  /** The new language version: its title, the language it is translated from, its articles. */
  public record Added(String law, Language lang, String title, Language source, int articles) {}

  /**
   * Adds {@code langCode} to the law. Division headings not given in {@code headings} (by division
   * eId) are the source language's until renamed, so the structure reads in some language.
   */
  public Added add(
      String slug,
      String langCode,
      String title,
      String preamble,
      Map<String, String> headings,
      String message,
      String author) {
    Law law = laws.locked(slug);
    Language lang = Language.parse("lang", langCode);
    if (law.languages().contains(lang)) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          ProblemCode.TAKEN,
          "lang",
          "law '" + slug + "' already has a '" + lang + "' version",
          Map.of());
    }
    Language source = law.languages().get(0);
    for (Division division : laws.divisions(law)) {
      String given = headings.remove(division.eId());
      division.headingIn(lang, given != null ? given : division.heading(source));
    }
    if (!headings.isEmpty()) {
      throw DomainException.invalid(
          "headings",
          "law '" + slug + "' has no division '" + headings.keySet().iterator().next() + "'");
    }
    LawExpression expression = law.addExpression(lang, title, preamble);
    em.persist(expression);
    Instant now = clock.instant();
    String note = ArticleEditor.message(message, "Language version " + lang + " added");
    history.languageAdded(expression, author, now, note);
    int live = 0;
    for (ArticleRevision from : laws.heads(law, source)) {
      var revision =
          ArticleRevision.first(
              from.article(),
              lang,
              new ArticleRevision.Change(
                  from.deleted() ? ChangeKind.DELETED : ChangeKind.INSERTED,
                  null,
                  false,
                  from.division(),
                  from.sortKey(),
                  "",
                  "",
                  author,
                  now,
                  note));
      em.persist(revision);
      em.persist(new ArticleHead(revision));
      if (!from.deleted()) {
        em.persist(new TranslationLag(from.article(), lang, from, null));
        live++;
      }
    }
    inserted.fire(new ArticlesInserted(slug));
    return new Added(slug, lang, title, source, live);
  }
}
