package org.consulta.drafting;

/** What a revision did to its article. */
public enum ChangeKind {
  INSERTED,
  EDITED,
  MOVED,
  DELETED,
  /** Brought a deleted article back with its last text, at its old place. */
  RESTORED
}
