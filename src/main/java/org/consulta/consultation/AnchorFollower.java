package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.drafting.ArticleRevised;
import org.consulta.drafting.ArticleRevision;
import org.consulta.revisions.AnchorCarrier;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.CarriedPassage;
import org.consulta.revisions.Passage;

/**
 * Keeps every comment anchored to the current text of its article. It runs inside the transaction
 * that writes a revision, so anchors and text always commit together.
 */
@ApplicationScoped
public class AnchorFollower {
  @PersistenceContext private EntityManager em;

  void follow(@Observes ArticleRevised revised) {
    ArticleRevision previous = revised.previous();
    ArticleRevision next = revised.next();
    if (!next.deleted() && previous.body().equals(next.body())) {
      return;
    }
    var step = new Step(previous.body(), next);
    em.createQuery(
            "select c from Comment c where c.article = :article and c.lang = :lang"
                + " and c.parent is null and c.anchorState <> :orphaned",
            Comment.class)
        .setParameter("article", next.article())
        .setParameter("lang", next.lang())
        .setParameter("orphaned", AnchorState.ORPHANED)
        .getResultList()
        .forEach(step::carry);
  }

  /** Carries a new comment made on {@code before}, an older text, to the current revision. */
  void carry(Comment comment, String before, ArticleRevision head) {
    new Step(before, head).carry(comment);
  }

  /** One revision step; its diff is computed once and serves every comment on the article. */
  private static final class Step {
    private final String before;
    private final ArticleRevision next;
    private AnchorCarrier carrier;

    Step(String before, ArticleRevision next) {
      this.before = before;
      this.next = next;
    }

    void carry(Comment comment) {
      if (next.deleted()) {
        comment.anchorAt(AnchorState.ORPHANED, null, null, next.number());
        return;
      }
      if (!comment.onPassage()) {
        CarriedPassage whole = AnchorCarrier.carryWhole(before, next.body());
        comment.anchorAt(whole.state(), null, null, next.number());
        return;
      }
      if (carrier == null) {
        carrier = AnchorCarrier.between(before, next.body());
      }
      CarriedPassage carried =
          carrier.carry(new Passage(comment.anchorStart(), comment.anchorEnd()));
      comment.anchorAt(
          carried.state(),
          carried.passage().map(Passage::start).orElse(null),
          carried.passage().map(Passage::end).orElse(null),
          next.number());
    }
  }
}
