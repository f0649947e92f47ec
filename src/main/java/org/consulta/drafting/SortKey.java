package org.consulta.drafting;

/**
 * Fractional position keys: digit strings read as the decimals of a number between 0 and 1, so that
 * a key strictly between any two keys always exists. Inserting or moving an article then writes one
 * revision, never a renumbering of its neighbours. Keys never end in '0', which keeps string order
 * and numeric order the same.
 */
final class SortKey {
  private SortKey() {}

  /** The keys 1, 2, … n of an initial layout, evenly spread with room between them. */
  static String nth(int index, int count) {
    int width = String.valueOf(count + 1).length() + 1;
    String digits = String.format("%0" + width + "d", (long) (index + 1) * 10);
    return digits.replaceAll("0+$", "");
  }

  /**
   * A key strictly between {@code low} and {@code high}; {@code low} may be empty (the start) and
   * {@code high} null (the end).
   */
  static String between(String low, String high) {
    if (high != null && low.compareTo(high) >= 0) {
      throw new IllegalArgumentException("no key between " + low + " and " + high);
    }
    StringBuilder key = new StringBuilder();
    boolean boundedAbove = high != null;
    for (int i = 0; ; i++) {
      int below = digit(low, i, 0);
      int above = boundedAbove ? digit(high, i, 0) : 10;
      if (above - below >= 2) {
        return key.append((char) ('0' + (below + above) / 2)).toString();
      }
      key.append((char) ('0' + below));
      if (above - below == 1) {
        boundedAbove = false;
      }
    }
  }

  private static int digit(String key, int index, int past) {
    return index < key.length() ? key.charAt(index) - '0' : past;
  }
}
