package org.consulta.revisions;

import java.util.List;
import java.util.Optional;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Finds a passage that was both moved and edited, with diff-match-patch's approximate matcher. A
 * match is acceptable only if it is close to the passage and lies at least partly in new text, and
 * counts only if it is the only acceptable one: a look-alike elsewhere makes it a guess.
 */
final class FuzzyQuoteSearch {

  /** Shorter passages match too much text by chance for an approximate match to mean anything. */
  static final int MIN_LENGTH = 12;

  /** The matcher's bitap works on patterns of at most this many chars (its Match_MaxBits). */
  private static final int MAX_PATTERN = 32;

  /** The edit distance allowed between the passage and its match, per char of the passage. */
  private static final double MAX_DIFFERENCE = 0.25;

  /**
   * The matcher's score limit: errors per pattern char plus the distance penalty. A little above
   * {@link #MAX_DIFFERENCE}, as the head or tail may hold more than its share of the edits; the
   * Levenshtein check on the whole match decides.
   */
  private static final float MATCH_THRESHOLD = 0.35f;

  /**
   * Sets the distance penalty to at most 0.1 across the whole text: a moved paragraph may land
   * anywhere, so nearness only breaks ties between equally good matches.
   */
  private static final int DISTANCE_PER_CHAR = 10;

  /** Matches tried before giving up on telling whether an acceptable one is the only one. */
  private static final int MAX_MATCHES_TRIED = 8;

  /** Hides a tried match from the next search: a noncharacter, not expected in any text. */
  private static final char MASK = '\uFFFF';

  private final DiffMatchPatch matcher = new DiffMatchPatch();
  private final String quote;
  private final List<TextEdit> newText;

  private FuzzyQuoteSearch(String quote, int textLength, List<TextEdit> newText) {
    this.quote = quote;
    this.newText = newText;
    matcher.matchThreshold = MATCH_THRESHOLD;
    matcher.matchDistance = DISTANCE_PER_CHAR * Math.max(1, textLength);
  }

  /**
   * The only acceptable approximate match of {@code quote} in {@code text}, searched from {@code
   * near}; {@code newText} holds the edits of the inverse diff, whose ranges are the new text.
   * Matches are tried best first, each hidden before the next search, until a second acceptable one
   * shows the first is a guess or none is left.
   */
  static Optional<Passage> find(String quote, String text, int near, List<TextEdit> newText) {
    if (quote.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    FuzzyQuoteSearch search = new FuzzyQuoteSearch(quote, text.length(), newText);
    Optional<Passage> found = Optional.empty();
    String searched = text;
    for (int tried = 0; tried < MAX_MATCHES_TRIED; tried++) {
      Optional<Passage> match = search.approximateMatch(searched, near);
      if (match.isEmpty()) {
        return found;
      }
      if (search.acceptable(match.get(), searched)) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = match;
      }
      searched = masked(searched, match.get());
    }
    return Optional.empty(); // too many look-alikes to tell whether one is the passage
  }

  private boolean acceptable(Passage match, String text) {
    return similar(match.in(text)) && touchesNewText(match);
  }

  /**
   * Matches the head of the quote, then for a quote too long for one pattern its tail, only where
   * the head puts it give or take the allowed difference; the match runs from head to tail end, or
   * spans the quote's length from the head when the tail is not there. Empty once the head is
   * nowhere.
   */
  private Optional<Passage> approximateMatch(String text, int near) {
    int length = quote.length();
    int patternLength = Math.min(length, MAX_PATTERN);
    int head = matcher.matchMain(text, quote.substring(0, patternLength), near);
    if (head < 0 || head >= text.length()) {
      return Optional.empty();
    }
    int end = Math.min(text.length(), head + length);
    if (length > patternLength) {
      int tailStart = head + length - patternLength;
      int slack = (int) (MAX_DIFFERENCE * length);
      int to = Math.min(text.length(), head + length + slack);
      int from = Math.min(to, Math.max(head, tailStart - slack));
      int tail =
          matcher.matchMain(
              text.substring(from, to), quote.substring(length - patternLength), tailStart - from);
      if (tail >= 0) {
        end = Math.max(head + 1, Math.min(text.length(), from + tail + patternLength));
      }
    }
    return Optional.of(new Passage(head, end).widenedToCodePoints(text));
  }

  private boolean similar(String match) {
    int distance = matcher.diffLevenshtein(matcher.diffMain(quote, match));
    return distance <= MAX_DIFFERENCE * quote.length();
  }

  /** Text carried over unchanged was there before too, so it is some other passage. */
  private boolean touchesNewText(Passage match) {
    return newText.stream().anyMatch(edit -> edit.replacedWithin(match.start(), match.end()) > 0);
  }

  private static String masked(String text, Passage match) {
    StringBuilder masked = new StringBuilder(text);
    for (int i = match.start(); i < match.end(); i++) {
      masked.setCharAt(i, MASK);
    }
    return masked.toString();
  }
}
