package org.consulta.consultation;

import java.time.Instant;
import java.util.List;
import org.consulta.drafting.Language;

/**
 * A comment, suggestion or reply as the API shows it; offsets count code points. Usernames and who
 * answered are shown only to drafters and the comment's author; a withdrawn comment has {@code
 * withdrawnAt}.
 */
public record CommentView(
    long id,
    long consultation,
    Long parent,
    String kind,
    String article,
    Language lang,
    int revision,
    AuthorView author,
    String text,
    String replacement,
    PassageView passage,
    AnchorView anchor,
    HiddenView hidden,
    AnswerView disposition,
    Instant createdAt,
    Instant editedAt,
    Instant withdrawnAt,
    String channel,
    MeetingRef meeting,
    String recordedBy,
    boolean publishable,
    List<AttachmentView> attachments) {

  /** The meeting a contribution was made at. */
  public record MeetingRef(long id, String title) {}

  /**
   * Who made the contribution: its author's account, or for someone who spoke at a meeting without
   * one, no username and the name the rapporteur recorded; {@code organisation} and {@code
   * organisationId} name the organisation the contribution counts for (or, for one made before the
   * registry, the author's own words).
   */
  public record AuthorView(
      String username,
      String displayName,
      Long organisationId,
      String organisation,
      String country,
      String sector) {}

  /** What the author commented on, in the revision they read; it never changes. */
  public record PassageView(int start, int end, String quote, String prefix, String suffix) {}

  /**
   * Where the comment points in the current text of the article. Absent for replies; no range once
   * the passage is orphaned.
   */
  public record AnchorView(
      String state, int revision, Integer start, Integer end, String quote, Integer orphanedIn) {}

  /** {@code by} is the drafter's username, {@code byName} the name shown for them. */
  public record HiddenView(String reason, String by, String byName, Instant at) {}

  /** {@code by} is the drafter's username, {@code byName} the name shown for them. */
  public record AnswerView(
      String value, String response, String by, String byName, Instant at, Integer implementedIn) {}
}
