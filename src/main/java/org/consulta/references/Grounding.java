package org.consulta.references;

import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.legislation.InstrumentView;

/**
 * Where a law's articles are grounded: per article, its references by country (by ISO code),
 * counted and listed in the order they were linked, live articles in reading order with ungrounded
 * ones included, then deleted articles that keep references; and the law's totals per country.
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

  public record CountryCount(String country, long count, List<Provision> provisions) {}

  /** A linked provision, named as lists name it (no text: the comparative view has that). */
  public record Provision(
      long reference,
      String id,
      Language lang,
      String label,
      String title,
      InstrumentView instrument) {}
}
