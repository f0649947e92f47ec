package org.consulta.notifications;

import java.time.Instant;
import java.util.Objects;

/** One new contribution in a subscriber's digest: where it is, what it is, who made it. */
public record DigestEntry(
    long comment, String article, Kind kind, String author, String excerpt, Instant at) {
  /** What kind of contribution. */
  public enum Kind {
    COMMENT,
    SUGGESTION,
    REPLY
  }

  public DigestEntry {
    Objects.requireNonNull(article);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(author);
    Objects.requireNonNull(excerpt);
    Objects.requireNonNull(at);
  }
}
