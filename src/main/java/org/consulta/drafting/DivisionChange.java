package org.consulta.drafting;

/** What a revision did to its division. */
public enum DivisionChange {
  INSERTED,
  /** Changed its heading in one language, or gave it a heading in a new language of the law. */
  RENAMED,
  MOVED,
  DELETED
}
