package org.consulta.legislation;

/** The order of search results: best match first, or newest instrument first. */
public enum SearchSort {
  RELEVANCE,
  YEAR
}
