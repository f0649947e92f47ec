package org.consulta.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An Atom feed (RFC 4287) as data: what {@link AtomWriter} writes. Every entry has a permanent
 * {@code tag:} id, so a reader that saw it once never shows it as new again.
 */
public record AtomFeed(
    String id,
    String title,
    String lang,
    Instant updated,
    String author,
    String self,
    String alternate,
    List<Entry> entries) {
  public AtomFeed {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(updated);
    Objects.requireNonNull(author);
    Objects.requireNonNull(self);
    Objects.requireNonNull(alternate);
    entries = List.copyOf(entries);
  }

  /** One entry: its text content is plain text, written escaped. */
  public record Entry(
      String id, String title, Instant updated, String author, String link, String content) {
    public Entry {
      Objects.requireNonNull(id);
      Objects.requireNonNull(title);
      Objects.requireNonNull(updated);
      Objects.requireNonNull(link);
      Objects.requireNonNull(content);
    }
  }
}
