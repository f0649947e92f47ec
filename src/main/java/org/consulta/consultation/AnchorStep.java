package org.consulta.consultation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.ArticleRevision;
import org.consulta.revisions.AnchorCarrier;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.CarriedPassage;
import org.consulta.revisions.Passage;

/**
 * One revision step of an article's text, carrying the anchors of its comments. The word diff is
 * made once and serves every comment on the article. Plain Java, so that carrying many anchors at
 * once is tested against carrying them one by one.
 *
 * <p>Most comments on an article lie outside what an edit touched: a passage before the first
 * edited char stays as it was, one after the last is only shifted by the change in length, and a
 * comment on the whole article changes only if its state was better than the whole carry's. {@link
 * #reaches} names the comments that need carrying one by one; {@link #follows}, those that are
 * shifted. The rest stay as they are, so they need neither reading nor writing.
 */
final class AnchorStep {
  private final String before;
  private final String after;
  private final boolean deleted;
  private final int revision;
  private AnchorCarrier carrier;
  private CarriedPassage whole;
  private final Map<Passage, CarriedPassage> byPassage = new HashMap<>();

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
      return anchor.then(whole().state(), null, null, revision);
    }
    // Many comments quote the same passage; carrying one (a fuzzy search, when its words are gone)
    // serves them all.
    CarriedPassage carried =
        byPassage.computeIfAbsent(new Passage(anchor.start(), anchor.end()), carrier()::carry);
    return anchor.then(
        carried.state(),
        carried.passage().map(Passage::start).orElse(null),
        carried.passage().map(Passage::end).orElse(null),
        revision);
  }

  /**
   * Whether carrying may move {@code anchor} (not yet orphaned) otherwise than by {@link #shifted}:
   * a passage reaching into the edited range, or a comment on the whole article that this step
   * leaves in a worse state.
   */
  boolean reaches(CommentAnchor anchor) {
    if (!anchor.onPassage()) {
      return wholeStatesThatChange().contains(anchor.state())
          || anchor.start() != null
          || anchor.end() != null;
    }
    return anchor.end() > editedFrom() && anchor.start() < editedTo();
  }

  /** Whether {@code anchor} is a passage wholly after the edited range. */
  boolean follows(CommentAnchor anchor) {
    return anchor.onPassage() && anchor.start() >= editedTo();
  }

  /** Where a passage that {@link #follows} lands: as it was, shifted by {@link #shift}. */
  CommentAnchor shifted(CommentAnchor anchor) {
    return new CommentAnchor(
        true,
        anchor.state(),
        anchor.start() + shift(),
        anchor.end() + shift(),
        anchor.orphanedIn());
  }

  /** The first char of the text before that an edit touches; every char when deleted. */
  int editedFrom() {
    if (deleted) {
      return 0;
    }
    return carrier().edited().map(AnchorCarrier.EditedRange::start).orElse(Integer.MAX_VALUE);
  }

  /** Where the last edit ends in the text before; beyond any text when deleted or unchanged. */
  int editedTo() {
    if (deleted) {
      return Integer.MAX_VALUE;
    }
    return carrier().edited().map(AnchorCarrier.EditedRange::end).orElse(Integer.MAX_VALUE);
  }

  /** How far a passage after the edited range moves. */
  int shift() {
    return deleted ? 0 : after.length() - before.length();
  }

  /** The states of comments on the whole article that this step makes worse. */
  List<AnchorState> wholeStatesThatChange() {
    AnchorState carried = deleted ? AnchorState.ORPHANED : whole().state();
    return Arrays.stream(AnchorState.values()).filter(s -> s.then(carried) != s).toList();
  }

  private AnchorCarrier carrier() {
    if (carrier == null) {
      carrier = AnchorCarrier.between(before, after);
    }
    return carrier;
  }

  private CarriedPassage whole() {
    if (whole == null) {
      whole = AnchorCarrier.carryWhole(before, after);
    }
    return whole;
  }
}
