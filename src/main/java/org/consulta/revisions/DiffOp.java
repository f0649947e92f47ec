package org.consulta.revisions;

import java.util.Objects;

/** One run of text that two versions share, or that only one of them has. */
public record DiffOp(Kind kind, String text) {

  /** Whether the text is in both versions, only the after one, or only the before one. */
  public enum Kind {
    EQUAL,
    INSERT,
    DELETE
  }

  public DiffOp {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
