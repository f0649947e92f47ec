package org.consulta.references;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Article;
import org.consulta.drafting.Law;
import org.consulta.drafting.Laws;
import org.consulta.legislation.Provision;
import org.consulta.platform.DomainException;

/**
 * Links national provisions to model-law articles, annotates and removes the links, and finds them.
 * A deleted article keeps its links readable, but takes no new ones and no changes: like its text,
 * they are history.
 */
@ApplicationScoped
@Transactional
public class References {
  static final int MAX_NOTE = 4000;

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;

  /** The article a request names, and whether it has been deleted from its law. */
  public record Target(Law law, Article article, boolean deleted) {}

  public Target target(String slug, String eId) {
    Law law = laws.bySlug(slug);
    Article article = laws.article(law, eId);
    return new Target(law, article, laws.head(article, law.languages().get(0)).deleted());
  }

  /** The article's references in the order they were made, their provisions loaded. */
  public List<ArticleReference> of(Article article) {
    return em.createQuery(
            "select r from ArticleReference r join fetch r.provision p join fetch p.instrument"
                + " where r.article = :article order by r.id",
            ArticleReference.class)
        .setParameter("article", article)
        .getResultList();
  }

  /** One reference of the article, deleted or not. */
  public ArticleReference one(String slug, String eId, long id) {
    return find(target(slug, eId).article(), id);
  }

  public ArticleReference link(
      String slug, String eId, String provisionId, String note, String author) {
    Article article = writable(slug, eId);
    Provision provision = em.find(Provision.class, provisionId);
    if (provision == null) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND, "provision", "no provision '" + provisionId + "'");
    }
    em.createQuery(
            "select r from ArticleReference r where r.article = :article"
                + " and r.provision = :provision",
            ArticleReference.class)
        .setParameter("article", article)
        .setParameter("provision", provision)
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw new DomainException(
                  DomainException.Reason.CONFLICT,
                  "provision",
                  "article '" + eId + "' already refers to provision '" + provisionId + "'",
                  Map.of("reference", existing.id()));
            });
    var reference = new ArticleReference(article, provision, note, author, clock.instant());
    em.persist(reference);
    em.flush();
    return reference;
  }

  /** Replaces the note of the reference that {@code ifMatch}, its entity tag, names. */
  public ArticleReference annotate(
      String slug, String eId, long id, String ifMatch, String note, String author) {
    ArticleReference reference = current(writable(slug, eId), id, ifMatch);
    reference.annotate(note, author, clock.instant());
    em.flush();
    return reference;
  }

  /** Removes the reference that {@code ifMatch}, its entity tag, names. */
  public void unlink(String slug, String eId, long id, String ifMatch) {
    em.remove(current(writable(slug, eId), id, ifMatch));
  }

  /**
   * The reference, locked, when {@code ifMatch} names it as it stands: a drafter changes or removes
   * the link they read, never one another drafter has annotated since.
   */
  private ArticleReference current(Article article, long id, String ifMatch) {
    ArticleReference reference = find(article, id);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_REQUIRED,
          "If-Match",
          "a change to a reference must name the state it was based on: send If-Match with its"
              + " ETag");
    }
    em.refresh(reference, LockModeType.PESSIMISTIC_WRITE);
    if (!reference.etag().equals(ifMatch.trim())) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "reference " + id + " changed since it was read",
          Map.of("etag", reference.etag()));
    }
    return reference;
  }

  private Article writable(String slug, String eId) {
    Target target = target(slug, eId);
    if (target.deleted()) {
      throw new DomainException(
          DomainException.Reason.GONE,
          "eId",
          "article '" + eId + "' was deleted; its references are kept as they were");
    }
    return target.article();
  }

  private ArticleReference find(Article article, long id) {
    ArticleReference reference = em.find(ArticleReference.class, id);
    if (reference == null || !reference.article().id().equals(article.id())) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "id",
          "article '" + article.eId() + "' has no reference " + id);
    }
    return reference;
  }
}
