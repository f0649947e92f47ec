package org.consulta.consultation;

import org.consulta.drafting.ArticleRevision;
import org.consulta.revisions.AnchorCarrier;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.CarriedPassage;
import org.consulta.revisions.Passage;

/**
 * One revision step of an article's text, carrying the anchors of its comments. The word diff is
 * made once, when the first passage needs it, and serves every comment on the article. Plain Java,
 * so that carrying many anchors at once is tested against carrying them one by one.
 */
final class AnchorStep {
  private final String before;
  private final String after;
  private final boolean deleted;
  private final int revision;
  private AnchorCarrier carrier;
  private CarriedPassage whole;

  AnchorStep(String before, String after, boolean deleted, int revision) {
    this.before = before;
    this.after = after;
    this.deleted = deleted;
    this.revision = revision;
  }

  /** From {@code before} to the text of {@code next}. */
  static AnchorStep to(String before, ArticleRevision next) {
    return new AnchorStep(before, next.body(), next.deleted(), next.number());
  }

  /** Where {@code anchor}, a place in the text before, is after this step. */
  CommentAnchor carry(CommentAnchor anchor) {
    if (deleted) {
      return anchor.then(AnchorState.ORPHANED, null, null, revision);
    }
    if (!anchor.onPassage()) {
      if (whole == null) {
        whole = AnchorCarrier.carryWhole(before, after);
      }
      return anchor.then(whole.state(), null, null, revision);
    }
    if (carrier == null) {
      carrier = AnchorCarrier.between(before, after);
    }
    CarriedPassage carried = carrier.carry(new Passage(anchor.start(), anchor.end()));
    return anchor.then(
        carried.state(),
        carried.passage().map(Passage::start).orElse(null),
        carried.passage().map(Passage::end).orElse(null),
        revision);
  }
}
