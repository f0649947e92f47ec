package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds laws, their articles, revisions and current heads, or says clearly what is missing. */
@ApplicationScoped
public class Laws {
  @PersistenceContext private EntityManager em;

  public List<Law> all() {
    return em.createQuery("select l from Law l order by l.slug", Law.class).getResultList();
  }

  public Optional<Law> find(String slug) {
    return em.createQuery("select l from Law l where l.slug = :slug", Law.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Law> byWork(String workUri) {
    return em.createQuery("select l from Law l where l.workUri = :work", Law.class)
        .setParameter("work", workUri)
        .getResultStream()
        .findFirst();
  }

  public Law bySlug(String slug) {
    return find(slug).orElseThrow(() -> unknown(slug));
  }

  /**
   * The answer for a law nobody knows, and for a law whose working text the caller may not read.
   */
  static LawNotFound unknown(String slug) {
    return new LawNotFound("law", "no model law '" + slug + "'");
  }

  /** The law, locked against concurrent changes to its structure. */
  Law locked(String slug) {
    Law law = bySlug(slug);
    em.lock(law, LockModeType.PESSIMISTIC_WRITE);
    return law;
  }

  /** The requested language of the law, or its first language when none is asked for. */
  public Language language(Law law, String code) {
    return language(law, code, "lang");
  }

  /** As {@link #language(Law, String)}, for a parameter called {@code field}. */
  public Language language(Law law, String code, String field) {
    if (code == null || code.isBlank()) {
      return law.languages().get(0);
    }
    Language lang = Language.parse(field, code);
    if (!law.languages().contains(lang)) {
      throw new LawNotFound(
          field,
          "law '"
              + law.slug()
              + "' has no '"
              + code
              + "' version; its languages are "
              + law.languages().stream().map(Language::name).collect(Collectors.joining(", ")));
    }
    return lang;
  }

  public Article article(Law law, String eId) {
    return em.createQuery(
            "select a from Article a where a.law = :law and a.eId = :eId", Article.class)
        .setParameter("law", law)
        .setParameter("eId", eId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new LawNotFound("eId", "law '" + law.slug() + "' has no article '" + eId + "'"));
  }

  /** The live divisions of the law, in reading order. */
  public List<Division> divisions(Law law) {
    return em.createQuery(
            "select d from Division d where d.law = :law and d.deleted = false order by d.ordinal",
            Division.class)
        .setParameter("law", law)
        .getResultList();
  }

  /** A division of the law, deleted or not: its history outlives it. */
  public Division anyDivision(Law law, String eId) {
    return em.createQuery(
            "select d from Division d where d.law = :law and d.eId = :eId", Division.class)
        .setParameter("law", law)
        .setParameter("eId", eId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new LawNotFound(
                    "division", "law '" + law.slug() + "' has no division '" + eId + "'"));
  }

  public List<DivisionRevision> revisions(Division division) {
    return em.createQuery(
            "select r from DivisionRevision r where r.division = :d order by r.number",
            DivisionRevision.class)
        .setParameter("d", division)
        .getResultList();
  }

  /** The revisions of the title or preamble of one language version, oldest first. */
  public List<LawTextRevision> revisions(Law law, Language lang, LawPart part) {
    return em.createQuery(
            "select r from LawTextRevision r where r.law = :law and r.lang = :lang"
                + " and r.part = :part order by r.number",
            LawTextRevision.class)
        .setParameter("law", law)
        .setParameter("lang", lang)
        .setParameter("part", part)
        .getResultList();
  }

  public Division division(Law law, String eId) {
    return divisions(law).stream()
        .filter(d -> d.eId().equals(eId))
        .findFirst()
        .orElseThrow(
            () ->
                new LawNotFound(
                    "division", "law '" + law.slug() + "' has no division '" + eId + "'"));
  }

  /** The current revision of every article of the law in one language, deleted ones included. */
  public List<ArticleRevision> heads(Law law, Language lang) {
    // Fetched with their articles and divisions, or each would cost a query of its own.
    return ArticleRevision.withTextBases(
            em.createQuery(
                "select r from ArticleRevision r join fetch r.article join fetch r.division"
                    + " where r.id in (select h.revision.id from ArticleHead h"
                    + " where h.article.law = :law and h.lang = :lang)",
                ArticleRevision.class))
        .setParameter("law", law)
        .setParameter("lang", lang)
        .getResultList();
  }

  /** Where every live article of the law but {@code except} sits now, in {@code lang}. */
  public List<LawLayout.Position> positions(Law law, Language lang, Article except) {
    Map<String, LawLayout.Position> places = places(law, lang);
    places.remove(except.eId());
    return List.copyOf(places.values());
  }

  /**
   * Where every live article of the law sits now in {@code lang}, by eId: enough to number them all
   * ({@link LawLayout#numbersAt}) without reading a text.
   */
  public Map<String, LawLayout.Position> places(Law law, Language lang) {
    if (em.isJoinedToTransaction()) {
      em.flush(); // the query reads the tables: this transaction's own moves must be in them
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.e_id, r.division_id, r.sort_key FROM article_head h"
                    + " JOIN article a ON a.id = h.article_id"
                    + " JOIN article_revision r ON r.id = h.revision_id"
                    + " WHERE a.law_id = ?1 AND h.lang = ?2 AND NOT r.deleted")
            .setParameter(1, law.id())
            .setParameter(2, lang.name())
            .getResultList();
    Map<String, LawLayout.Position> places = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      places.put(
          (String) columns[0],
          new LawLayout.Position(((Number) columns[1]).longValue(), (String) columns[2]));
    }
    return places;
  }

  public ArticleRevision head(Article article, Language lang) {
    return em.find(ArticleHead.class, new ArticleHead.Key(article.id(), lang)).revision();
  }

  /** The current revision of one language version, its head locked against concurrent edits. */
  public ArticleRevision lockedHead(Article article, Language lang) {
    return em.find(
            ArticleHead.class,
            new ArticleHead.Key(article.id(), lang),
            LockModeType.PESSIMISTIC_WRITE)
        .revision();
  }

  public List<ArticleRevision> revisions(Article article, Language lang) {
    return em.createQuery(
            "select r from ArticleRevision r where r.article = :a and r.lang = :lang"
                + " order by r.number",
            ArticleRevision.class)
        .setParameter("a", article)
        .setParameter("lang", lang)
        .getResultList();
  }

  /**
   * The revisions numbered {@code numbers} of {@code articles}, in every language, in one query: a
   * superset of what a caller asking for particular pairs needs.
   */
  public List<ArticleRevision> revisions(
      Collection<Article> articles, Collection<Integer> numbers) {
    if (articles.isEmpty() || numbers.isEmpty()) {
      return List.of();
    }
    return ArticleRevision.withTextBases(
            em.createQuery(
                "select r from ArticleRevision r where r.article in :a and r.number in :n",
                ArticleRevision.class))
        .setParameter("a", articles)
        .setParameter("n", numbers)
        .getResultList();
  }

  public ArticleRevision revision(Article article, Language lang, int number, String field) {
    return em.createQuery(
            "select r from ArticleRevision r where r.article = :a and r.lang = :lang"
                + " and r.number = :n",
            ArticleRevision.class)
        .setParameter("a", article)
        .setParameter("lang", lang)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new LawNotFound(
                    field,
                    "article '" + article.eId() + "' has no revision " + number + " in " + lang));
  }

  public Optional<TranslationLag> lag(Article article, Language lang) {
    return Optional.ofNullable(
        em.find(TranslationLag.class, new TranslationLag.Key(article.id(), lang)));
  }

  public List<TranslationLag> lags(Law law, Language lang) {
    return em.createQuery(
            "select t from TranslationLag t where t.article.law = :law and t.lang = :lang",
            TranslationLag.class)
        .setParameter("law", law)
        .setParameter("lang", lang)
        .getResultList();
  }
}
