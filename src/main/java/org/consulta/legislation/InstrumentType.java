package org.consulta.legislation;

/** The kind of a national instrument, as the corpus names it ({@code act}, {@code code}, …). */
public enum InstrumentType {
  CONSTITUTION,
  CODE,
  ACT,
  LAW,
  DECREE,
  REGULATION
}
