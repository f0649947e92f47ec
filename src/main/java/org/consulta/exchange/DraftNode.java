package org.consulta.exchange;

/** A division or an article in the body of a draft. */
public sealed interface DraftNode permits DraftDivision, DraftArticle {
  /** The permanent identifier, the same in every language version. */
  String eId();

  /** The 1-based line of the heading in the file it was read from; 0 if built in code. */
  int line();
}
