package org.consulta.legislation;

/** What one import batch did to the store. */
public record BatchResult(int inserted, int updated, int unchanged) {}
