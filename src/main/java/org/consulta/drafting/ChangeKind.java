package org.consulta.drafting;

/** What a revision did to its article. */
public enum ChangeKind {
  INSERTED,
  EDITED,
  MOVED,
  DELETED
}
