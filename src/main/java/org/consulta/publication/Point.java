package org.consulta.publication;

/** A lettered item of a paragraph, such as {@code a) los poderes del Estado;}. */
public record Point(String eId, String num, String text) {}
