package org.consulta.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A heading line split into its level (number of '#'), its text and its eId. */
record HeadingLine(int level, String text, String eId) {
  static final int MAX_LEVEL = 4;
  private static final Pattern SHAPE = Pattern.compile("(#{1," + MAX_LEVEL + "}) (.*)");
  private static final Pattern EID_SUFFIX = Pattern.compile("(.*?) ?\\{#([^{}]*)\\}");

  /** Reads a line starting with '#'; every such line must be a heading. */
  static HeadingLine parse(String fileName, int lineNumber, String line) {
    Matcher shape = SHAPE.matcher(line);
    if (!shape.matches()) {
      throw new DraftFormatException(
          fileName,
          lineNumber,
          "not a valid heading: one to four '#' and a space expected; no text line may start"
              + " with '#'");
    }
    Matcher suffix = EID_SUFFIX.matcher(shape.group(2));
    if (!suffix.matches()) {
      throw new DraftFormatException(fileName, lineNumber, "heading without {#eId} at its end");
    }
    String text = suffix.group(1).strip();
    if (text.isEmpty()) {
      throw new DraftFormatException(fileName, lineNumber, "heading has no text before its {#eId}");
    }
    return new HeadingLine(shape.group(1).length(), text, suffix.group(2));
  }

  /** The line as written in canonical form. */
  static String format(int level, String text, String eId) {
    return "#".repeat(level) + " " + text + " {#" + eId + "}";
  }
}
