package org.consulta.revisions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds an intact copy of a passage that the diff did not carry, e.g. in a paragraph moved
 * elsewhere.
 */
final class MovedQuoteSearch {

  /**
   * A lone copy of a quote shorter than this needs this much context in common with the original: a
   * short phrase such as "la paridad" recurs in unrelated sentences.
   */
  private static final int DISTINCTIVE_LENGTH = TextQuote.CONTEXT_LENGTH;

  private static final int MIN_SHARED_CONTEXT = 8;

  private final String after;
  private final OffsetMap backward;
  private final int replacedStart;
  private final int replacedEnd;

  /**
   * Searches {@code after}, mapped back to the before text by {@code backward}; the passage's own
   * deleted text was replaced by {@code [replacedStart, replacedEnd)} of it.
   */
  MovedQuoteSearch(String after, OffsetMap backward, int replacedStart, int replacedEnd) {
    this.after = after;
    this.backward = backward;
    this.replacedStart = replacedStart;
    this.replacedEnd = replacedEnd;
  }

  /**
   * The only copy of {@code original}'s quote in the new text, or the one copy whose context
   * matches the original's strictly best; orphaned if copies tie or a lone short copy shares too
   * little context; empty if there is no copy.
   */
  Optional<CarriedPassage> find(TextQuote original) {
    List<Passage> copies = newCopies(original.quote());
    if (copies.isEmpty()) {
      return Optional.empty();
    }
    Optional<Passage> copy =
        copies.size() == 1 ? lone(original, copies.get(0)) : bestByContext(original, copies);
    return Optional.of(copy.map(this::carriedTo).orElseGet(CarriedPassage::orphaned));
  }

  /** The only copy, if the quote is distinctive, the copy in place, or the context agrees. */
  private Optional<Passage> lone(TextQuote original, Passage copy) {
    boolean trusted =
        original.quote().length() >= DISTINCTIVE_LENGTH
            || inPlace(copy)
            || original.sharedContext(contextOf(copy)) >= MIN_SHARED_CONTEXT;
    return trusted ? Optional.of(copy) : Optional.empty();
  }

  /**
   * Copies carried over unchanged from the before text are other passages that were there all
   * along, so only copies in new text count.
   */
  private List<Passage> newCopies(String quote) {
    List<Passage> copies = new ArrayList<>();
    for (int at = after.indexOf(quote); at >= 0; at = after.indexOf(quote, at + 1)) {
      if (!backward.unchanged(at, at + quote.length())) {
        copies.add(new Passage(at, at + quote.length()));
      }
    }
    return copies;
  }

  /** The copy sharing strictly the most context with the original, if it shares any. */
  private Optional<Passage> bestByContext(TextQuote original, List<Passage> copies) {
    List<ScoredCopy> ranked =
        copies.stream()
            .map(copy -> new ScoredCopy(copy, original.sharedContext(contextOf(copy))))
            .sorted(Comparator.comparingInt(ScoredCopy::sharedContext).reversed())
            .toList();
    ScoredCopy best = ranked.get(0);
    if (best.sharedContext() == 0 || best.sharedContext() == ranked.get(1).sharedContext()) {
      return Optional.empty();
    }
    return Optional.of(best.copy());
  }

  /**
   * A copy inside the passage's own replacement is the passage left where it was: the diff's
   * semantic cleanup folds a short passage into long insertions around it.
   */
  private CarriedPassage carriedTo(Passage copy) {
    return CarriedPassage.at(inPlace(copy) ? AnchorState.EXACT : AnchorState.MOVED, copy);
  }

  private boolean inPlace(Passage copy) {
    return replacedStart <= copy.start() && copy.end() <= replacedEnd;
  }

  private TextQuote contextOf(Passage copy) {
    return TextQuote.of(after, copy.start(), copy.end());
  }

  private record ScoredCopy(Passage copy, int sharedContext) {}
}
