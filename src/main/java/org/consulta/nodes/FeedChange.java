package org.consulta.nodes;

import java.util.Objects;

/**
 * One row of the change feed: what went stale ({@code law} with its slug, {@code article} with its
 * id when an edit changed its text but not its place, {@code comment} with its id, {@code
 * legislation} with an import batch's stamp), never the new state itself.
 */
public record FeedChange(String kind, String ref) {
  public static final String LAW = "law";
  public static final String ARTICLE = "article";
  public static final String COMMENT = "comment";
  public static final String LEGISLATION = "legislation";

  public FeedChange {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(ref);
  }
}
