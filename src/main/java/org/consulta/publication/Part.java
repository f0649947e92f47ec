package org.consulta.publication;

/** A node of an edition's body: a division or an article. */
public sealed interface Part permits DivisionPart, ArticlePart {
  String eId();
}
