package org.consulta.references;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * An article beside the national provisions that ground it, grouped by country (by ISO code), then
 * by instrument (newest first); provisions stay in the order they were linked.
 */
public record Comparative(
    String law, Language lang, ArticleText article, int total, List<CountryGroup> countries) {

  /** The article in the reader's language; a deleted one shows its last text and no number. */
  public record ArticleText(
      String eId, Integer number, String heading, String text, int revision, boolean deleted) {}

  public record CountryGroup(
      String country, String name, int count, List<InstrumentGroup> instruments) {}

  /** An instrument with its titles in the languages of its linked provisions. */
  public record InstrumentGroup(
      String id,
      String type,
      String number,
      Integer year,
      Map<Language, String> titles,
      List<Entry> provisions) {}

  public record Entry(
      long reference,
      LinkedProvision provision,
      String note,
      String createdBy,
      Instant createdAt,
      String changedBy,
      Instant changedAt) {}
}
