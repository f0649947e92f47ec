package org.consulta.search;

import java.util.List;
import java.util.Map;
import org.consulta.legislation.FacetCount;

/**
 * A page of articles or comments found, the total and the facet counts over all of them; {@code
 * partial} means the search hit its time limit.
 */
public record WorkResults<H>(
    long total,
    int offset,
    int limit,
    boolean partial,
    List<H> hits,
    Map<String, List<FacetCount>> facets) {}
