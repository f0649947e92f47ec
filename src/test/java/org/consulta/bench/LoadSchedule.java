package org.consulta.bench;

/**
 * When revisions fall among the comments: evenly, the first after some comments and the last before
 * the final ones, so that comments are made on every stage of every article.
 */
record LoadSchedule(int comments, int revisions) {
  LoadSchedule {
    if (revisions > comments) {
      throw new IllegalArgumentException("at most one revision per comment");
    }
  }

  /** Whether a revision is written just before comment number {@code comment} (from 0). */
  boolean revisesBefore(int comment) {
    // Revision k (1..revisions) goes before comment k * comments / (revisions + 1).
    long slots = revisions + 1L;
    long k = Math.max(1, (comment * slots + comments - 1) / comments);
    return k <= revisions && k * comments / slots == comment;
  }
}
