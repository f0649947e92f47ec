package org.consulta.legislation;

/** How many results have one value of a facet; a year range also gives its bounds. */
public record FacetCount(String value, long count, Integer from, Integer to) {
  static FacetCount of(String value, long count) {
    return new FacetCount(value, count, null, null);
  }
}
