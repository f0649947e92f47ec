package org.consulta.revisions;

import static org.consulta.revisions.AnchorState.CHANGED;
import static org.consulta.revisions.AnchorState.EXACT;
import static org.consulta.revisions.OffsetMap.Bias.LEFT;
import static org.consulta.revisions.OffsetMap.Bias.RIGHT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries commented passages from one revision of a text to the next. Where a passage cannot be
 * placed without guessing between look-alikes it is orphaned: a comment shown on a passage it was
 * not about misleads more than a comment shown without its passage.
 */
public final class AnchorCarrier {

  private final String before;
  private final String after;
  private final OffsetMap forward;
  private final List<TextEdit> edits;
  private final OffsetMap backward;
  private final List<TextEdit> newText; // edits of the inverse diff: their ranges are new text

  private AnchorCarrier(String before, String after) {
    this.before = before;
    this.after = after;
    List<DiffOp> diff = WordDiff.between(before, after);
    forward = new OffsetMap(diff);
    edits = WordDiff.edits(diff);
    List<DiffOp> inverse = WordDiff.inverse(diff);
    backward = new OffsetMap(inverse);
    newText = WordDiff.edits(inverse);
  }

  /** A carrier for every passage of {@code before}, diffing the two texts once. */
  public static AnchorCarrier between(String before, String after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new AnchorCarrier(before, after);
  }

  /** Carries one passage; to carry several across the same revision, reuse {@link #between}. */
  public static CarriedPassage carry(String before, String after, Passage passage) {
    return between(before, after).carry(passage);
  }

  /**
   * Where {@code passage}, a range of the before text, is in the after text: carried by the diff if
   * intact, else found elsewhere as is, else where it was edited or replaced, else found elsewhere
   * approximately.
   */
  public CarriedPassage carry(Passage passage) {
    requireFits(passage);
    CarriedPassage carried = place(passage);
    return carried.state() == CHANGED
            && lostItsWords(passage.in(before), carried.passage().orElseThrow().in(after))
        ? CarriedPassage.orphaned()
        : carried;
  }

  private CarriedPassage place(Passage passage) {
    int start = passage.start();
    int end = passage.end();
    if (forward.unchanged(start, end)) {
      // An insertion right at either edge stays outside the passage.
      return CarriedPassage.at(
          EXACT, new Passage(forward.map(start, RIGHT), forward.map(end, LEFT)));
    }
    if (partlySurvives(passage)) {
      return CarriedPassage.at(CHANGED, widenedOverItsEdits(passage));
    }
    int replacedStart = forward.map(start, LEFT);
    int replacedEnd = forward.map(end, RIGHT);
    Optional<CarriedPassage> copy =
        new MovedQuoteSearch(after, backward, replacedStart, replacedEnd)
            .find(TextQuote.of(before, start, end));
    if (copy.isPresent()) {
      return copy.get();
    }
    if (replacedStart < replacedEnd) {
      return CarriedPassage.at(CHANGED, new Passage(replacedStart, replacedEnd));
    }
    return FuzzyQuoteSearch.find(passage.in(before), after, replacedStart, newText)
        .map(found -> CarriedPassage.at(CHANGED, found))
        .orElseGet(CarriedPassage::orphaned);
  }

  /**
   * The range of the before text that the edits touch, from the first one's start to the last one's
   * end (empty if the only edit is an insertion); none if the texts are equal. A passage that ends
   * at or before its start is carried exactly where it was; one that starts at or after its end is
   * carried exactly, shifted by the change in length. Neither needs the diff to be carried.
   */
  public Optional<EditedRange> edited() {
    if (edits.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EditedRange(edits.get(0).start(), edits.get(edits.size() - 1).end()));
  }

  /** {@code [start, end)} of the before text; {@code start == end} for a lone insertion. */
  public record EditedRange(int start, int end) {}

  /**
   * Carries a comment on a whole text: exact if the text is unchanged, else changed. A text emptied
   * by the revision leaves nothing to point at.
   */
  public static CarriedPassage carryWhole(String before, String after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      return CarriedPassage.at(EXACT, new Passage(0, after.length()));
    }
    return after.isEmpty() || lostItsWords(before, after)
        ? CarriedPassage.orphaned()
        : CarriedPassage.at(CHANGED, new Passage(0, after.length()));
  }

  /**
   * Whether an edit left only the whitespace or punctuation around a passage that had words: a
   * quote of what is left points at nothing the comment was about.
   */
  private static boolean lostItsWords(String quote, String left) {
    return hasWords(quote) && !hasWords(left);
  }

  private static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private void requireFits(Passage passage) {
    Objects.requireNonNull(passage, "passage");
    Objects.checkFromToIndex(passage.start(), passage.end(), before.length());
    if (Passage.splitsSurrogatePair(before, passage.start())
        || Passage.splitsSurrogatePair(before, passage.end())) {
      throw new IllegalArgumentException("passage " + passage + " cuts a character in two");
    }
  }

  private boolean partlySurvives(Passage passage) {
    int replaced =
        edits.stream().mapToInt(edit -> edit.replacedWithin(passage.start(), passage.end())).sum();
    return replaced < passage.length();
  }

  /**
   * The passage's place after edits inside it: an edit that reaches its first or last char is
   * included whole, while insertions just outside an unchanged edge stay out.
   */
  private Passage widenedOverItsEdits(Passage passage) {
    int start = passage.start();
    int end = passage.end();
    boolean firstChanged = !forward.unchanged(start, start + 1);
    boolean lastChanged = !forward.unchanged(end - 1, end);
    return new Passage(
        forward.map(start, firstChanged ? LEFT : RIGHT),
        forward.map(end, lastChanged ? RIGHT : LEFT));
  }
}
