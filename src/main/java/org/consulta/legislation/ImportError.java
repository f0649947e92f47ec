package org.consulta.legislation;

/** A record an import could not take: its line in the file, the field at fault, and why. */
public record ImportError(long line, String field, String message) {}
