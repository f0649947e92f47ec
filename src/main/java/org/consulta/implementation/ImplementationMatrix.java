package org.consulta.implementation;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * A law's articles against the countries: live articles in reading order, then deleted ones that
 * keep assessments; countries by ISO code, those of the legislation corpus and any assessed. Counts
 * are keyed by status ({@code adopted}, {@code partial}, {@code not_adopted}, {@code
 * not_assessed}); each row has one cell per country, in the countries' order.
 */
public record ImplementationMatrix(
    String law,
    Language lang,
    List<String> statuses,
    Map<String, Integer> totals,
    List<Column> countries,
    List<Row> articles) {

  /** A country with its articles counted by status and its references to the law's articles. */
  public record Column(String country, String name, Map<String, Integer> counts, int references) {}

  /** An article with its countries counted by status. */
  public record Row(
      String eId,
      Integer number,
      String heading,
      boolean deleted,
      Map<String, Integer> counts,
      List<Cell> cells) {}

  /**
   * One assessment: its status and version (0 when nobody assessed it), how many provisions ground
   * it, and how many of the country's provisions drafters linked to the article.
   */
  public record Cell(String country, String status, int version, int provisions, int references) {}
}
