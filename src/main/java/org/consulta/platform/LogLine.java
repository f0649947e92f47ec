package org.consulta.platform;

import java.util.regex.Pattern;

/**
 * One event as one log line of {@code key=value} fields, {@code event} first, such as {@code
 * event=import id=7 state=done seconds=4.2}: a log shipper or {@code grep} reads it without a
 * parser of sentences. A value with spaces, quotes or {@code =} is quoted, with {@code \} escapes;
 * a null value is left out.
 */
public final class LogLine {
  private static final Pattern BARE = Pattern.compile("[\\w.,:/@+-]+");

  private final StringBuilder text = new StringBuilder();

  private LogLine(String event) {
    text.append("event=").append(event);
  }

  public static LogLine of(String event) {
    return new LogLine(event);
  }

  public LogLine with(String key, Object value) {
    if (value != null) {
      text.append(' ').append(key).append('=').append(quoted(value.toString()));
    }
    return this;
  }

  private static String quoted(String value) {
    if (BARE.matcher(value).matches()) {
      return value;
    }
    String escaped =
        value
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t");
    return '"' + escaped + '"';
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
