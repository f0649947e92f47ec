package org.consulta.legislation;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the total and the facet counts over all results. {@code partial} means the
 * search hit its time limit, so counts and hits cover only part of the index; {@code expansions}
 * names the thesaurus concepts the query was widened with.
 */
public record SearchResults(
    long total,
    int offset,
    int limit,
    boolean partial,
    List<Expansion> expansions,
    List<ProvisionHit> hits,
    Map<String, List<FacetCount>> facets) {}
