package org.consulta.legislation;

import java.util.Objects;
import java.util.Set;
import org.consulta.drafting.Language;

/**
 * A search of national legislation: free text in the classic query syntax (blank finds every
 * provision), filters that an empty set leaves open, an order and a page; {@code expand} widens the
 * words with the thesaurus.
 *
 * @param inForce {@code true}, {@code false} or {@code unknown}, as the index stores it
 */
public record LegislationQuery(
    String text,
    Set<Language> languages,
    Set<String> countries,
    Set<InstrumentType> types,
    Set<String> inForce,
    Integer yearFrom,
    Integer yearTo,
    SearchSort sort,
    int offset,
    int limit,
    boolean expand) {
  /** A search widened with the thesaurus, as it is unless asked otherwise. */
  public LegislationQuery(
      String text,
      Set<Language> languages,
      Set<String> countries,
      Set<InstrumentType> types,
      Set<String> inForce,
      Integer yearFrom,
      Integer yearTo,
      SearchSort sort,
      int offset,
      int limit) {
    this(text, languages, countries, types, inForce, yearFrom, yearTo, sort, offset, limit, true);
  }

  public LegislationQuery {
    text = text == null ? "" : text;
    languages = Set.copyOf(languages);
    countries = Set.copyOf(countries);
    types = Set.copyOf(types);
    inForce = Set.copyOf(inForce);
    Objects.requireNonNull(sort);
  }
}
