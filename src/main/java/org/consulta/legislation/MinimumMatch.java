package org.consulta.legislation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of the words typed without an operator a result must hold: all of them up to {@code
 * allUpTo} words, then {@code percent} of them (rounded down, at least one). Written as {@code
 * "2<75%"}, like Solr's {@code mm}. The words a result holds beyond the minimum raise its rank.
 */
public record MinimumMatch(int allUpTo, int percent) {
  /**
   * Chosen on the tune half of the judged questions (README, Comparative legislation): ahead of all
   * words required, of 3<75%, of 2<50% and of any one word.
   */
  public static final MinimumMatch DEFAULT = new MinimumMatch(2, 75);

  private static final Pattern RULE = Pattern.compile("(\\d+)<(\\d+)%");

  public MinimumMatch {
    if (allUpTo < 0 || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a minimum match is N<P% with P from 0 to 100");
    }
  }

  /** Reads {@code "2<75%"}, as configured. */
  public static MinimumMatch parse(String rule) {
    Matcher m = RULE.matcher(rule.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a minimum match reads N<P%, such as 2<75%: " + rule);
    }
    return new MinimumMatch(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** How many of {@code words} must match. */
  int of(int words) {
    if (words <= allUpTo) {
      return words;
    }
    return Math.max(1, words * percent / 100);
  }

  @Override
  public String toString() {
    return allUpTo + "<" + percent + "%";
  }
}
