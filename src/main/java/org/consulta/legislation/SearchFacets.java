package org.consulta.legislation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Facet counts over every hit of a search, read from doc values by lucene-facet: no stored field is
 * loaded and no second pass is made, however many hits there are. Years are counted in ranges.
 */
public final class SearchFacets {
  private static final int MAX_VALUES = 100;
  private static final List<Dimension> DIMENSIONS =
      List.of(
          new Dimension("country", ProvisionDocument.COUNTRY),
          new Dimension("lang", ProvisionDocument.LANG),
          new Dimension("type", ProvisionDocument.TYPE),
          new Dimension("inForce", ProvisionDocument.IN_FORCE));
  private static final LongRange[] YEARS = {
    range("before 1900", null, 1899),
    range("1900-1949", 1900, 1949),
    range("1950-1979", 1950, 1979),
    range("1980-1999", 1980, 1999),
    range("2000-2009", 2000, 2009),
    range("2010-2019", 2010, 2019),
    range("2020 and after", 2020, null)
  };

  /** A facet as the API names it, and the index field it counts. */
  private record Dimension(String name, String field) {}

  private SearchFacets() {}

  /** {@code state} is the reader's facet state, null when the index holds no document. */
  static Map<String, List<FacetCount>> count(
      SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
    Map<String, String> dimensions = new LinkedHashMap<>();
    DIMENSIONS.forEach(d -> dimensions.put(d.name(), d.field()));
    Map<String, List<FacetCount>> facets = terms(state, hits, dimensions);
    if (!facets.isEmpty()) {
      facets.put("year", years(hits));
    }
    return facets;
  }

  /**
   * Counts the hits by the values of sorted-set facet fields; {@code dimensions} maps the names the
   * API gives to the index fields, in the order the answer lists them. Empty for an empty index.
   */
  public static Map<String, List<FacetCount>> terms(
      IndexReader reader, FacetsConfig config, FacetsCollector hits, Map<String, String> dimensions)
      throws IOException {
    return terms(
        reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config),
        hits,
        dimensions);
  }

  private static Map<String, List<FacetCount>> terms(
      SortedSetDocValuesReaderState state, FacetsCollector hits, Map<String, String> dimensions)
      throws IOException {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets;
    }
    Facets terms = new SortedSetDocValuesFacetCounts(state, hits);
    for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
      FacetResult result = terms.getTopChildren(MAX_VALUES, dimension.getValue());
      List<FacetCount> counts = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          counts.add(FacetCount.of(value.label, value.value.longValue()));
        }
      }
      facets.put(dimension.getKey(), counts);
    }
    return facets;
  }

  private static List<FacetCount> years(FacetsCollector hits) throws IOException {
    FacetResult result =
        new LongRangeFacetCounts(ProvisionDocument.YEAR, hits, YEARS)
            .getAllChildren(ProvisionDocument.YEAR);
    List<FacetCount> counts = new ArrayList<>();
    for (int i = 0; i < YEARS.length; i++) {
      long count = result.labelValues[i].value.longValue();
      if (count > 0) {
        counts.add(
            new FacetCount(
                YEARS[i].label,
                count,
                bound(YEARS[i].min, Long.MIN_VALUE),
                bound(YEARS[i].max, Long.MAX_VALUE)));
      }
    }
    return counts;
  }

  private static LongRange range(String label, Integer from, Integer to) {
    return new LongRange(
        label, from == null ? Long.MIN_VALUE : from, true, to == null ? Long.MAX_VALUE : to, true);
  }

  private static Integer bound(long value, long open) {
    return value == open ? null : (int) value;
  }
}
