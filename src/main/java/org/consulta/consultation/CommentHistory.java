package org.consulta.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consulta.platform.WireNames;

/**
 * A contribution's history as the API shows it, oldest first: each text it has had (submitted, then
 * edited) and what was done to it (withdrawn, hidden, un-hidden). Edits are read from the texts,
 * which carry what was written; their {@code comment_event} rows complete the log of changes. Who
 * hid and why are for drafters and the author; others see that a drafter did it.
 */
public final class CommentHistory {
  private CommentHistory() {}

  /**
   * One step; {@code number} and the texts for a text version, {@code reason} for hiding and
   * un-hiding. {@code role} is {@code author} or {@code drafter}; {@code by} their display name.
   */
  public record Entry(
      String kind,
      Integer number,
      String text,
      String replacement,
      Instant at,
      String role,
      String by,
      String reason) {}

  static List<Entry> of(
      Comment comment, List<CommentEdit> edits, List<CommentEvent> events, Caller caller) {
    boolean insider = caller.insider(comment);
    String author =
        comment.speaker().map(Comment.Speaker::name).orElse(comment.author().displayName());
    List<Entry> entries = new ArrayList<>();
    for (CommentEdit e : edits) {
      entries.add(
          new Entry(
              e.number() == 1 ? "submitted" : "edited",
              e.number(),
              e.body(),
              e.proposal(),
              e.editedAt(),
              "author",
              author,
              null));
    }
    for (CommentEvent e : events) {
      if (e.kind() == CommentEvent.Kind.EDITED) {
        continue;
      }
      boolean byAuthor = e.kind() == CommentEvent.Kind.WITHDRAWN;
      entries.add(
          new Entry(
              WireNames.of(e.kind()),
              null,
              null,
              null,
              e.at(),
              byAuthor ? "author" : "drafter",
              byAuthor || insider ? e.by().displayName() : null,
              insider ? e.reason() : null));
    }
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }
}
