package org.consulta.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a law's articles are numbered, which decides what a cross-reference shows. A model law is
 * numbered in sequence: inserting an article renumbers those after it, and every reference follows
 * its target's new number. An enacted code keeps the numbers it was given ("artículo 10 bis" goes
 * between 10 and 11, and 11 stays 11), so its texts are shown as written, and a written number
 * links to the article whose eId carries it ({@code art_11}).
 */
public enum Numbering {
  SEQUENTIAL,
  FIXED;

  private static final Pattern NUMBERED_EID = Pattern.compile("art_(\\d{1,9})");

  /**
   * The number the article {@code eId} shows, given its {@code place} in sequence (null when it is
   * not in the law being read): that place, or in a fixed numbering the number its eId carries.
   */
  Integer shown(String eId, Integer place) {
    return place == null || this == SEQUENTIAL ? place : fixedNumber(eId);
  }

  /** The number a fixed numbering gives the article {@code eId}; null when its eId has none. */
  static Integer fixedNumber(String eId) {
    Matcher matcher = NUMBERED_EID.matcher(eId);
    return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
  }
}
