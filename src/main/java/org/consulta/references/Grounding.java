package org.consulta.references;

import java.util.List;
import org.consulta.drafting.Language;

/**
 * Where a law's articles are grounded: per article, its references counted by country (by ISO
 * code), live articles in reading order with ungrounded ones included, then deleted articles that
 * keep references; and the law's totals per country.
 */
public record Grounding(
    String law,
    Language lang,
    long total,
    List<CountryTotal> countries,
    List<ArticleCounts> articles) {

  /** A country's references in the law and how many articles they ground. */
  public record CountryTotal(String country, String name, long references, int articles) {}

  public record ArticleCounts(
      String eId,
      Integer number,
      String heading,
      boolean deleted,
      long total,
      List<CountryCount> countries) {}

  public record CountryCount(String country, long count) {}
}
