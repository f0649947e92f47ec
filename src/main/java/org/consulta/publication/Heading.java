package org.consulta.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division heading split as legal documents set it: the number ({@code Capítulo I}, null when the
 * heading has none) and the title ({@code Disposiciones generales}).
 */
public record Heading(String num, String text) {
  private static final Pattern NUMBERED =
      Pattern.compile("(\\p{L}+\\s+(?:[IVXLCDM]+|\\d+)(?:\\s*\\p{Ll}{0,6})?)\\.\\s+(.+)");

  public static Heading of(String stored) {
    Matcher numbered = NUMBERED.matcher(stored);
    return numbered.matches()
        ? new Heading(numbered.group(1), numbered.group(2))
        : new Heading(null, stored);
  }

  /** The heading as one line, as the engine stores it. */
  public String full() {
    return num == null ? text : num + ". " + text;
  }
}
