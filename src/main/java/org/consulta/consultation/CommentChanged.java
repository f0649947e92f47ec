package org.consulta.consultation;

/**
 * Fired, inside the writing transaction, when a comment, suggestion or reply is created, edited,
 * withdrawn, hidden, un-hidden or answered, for what keeps a copy of comments (the search index) to
 * follow after commit.
 */
public record CommentChanged(long comment, Change change) {
  /** What happened to the comment. */
  public enum Change {
    CREATED,
    EDITED,
    WITHDRAWN,
    HIDDEN,
    UNHIDDEN,
    ANSWERED
  }
}
