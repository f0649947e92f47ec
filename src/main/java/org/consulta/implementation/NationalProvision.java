package org.consulta.implementation;

import org.consulta.drafting.Language;
import org.consulta.legislation.InstrumentView;
import org.consulta.legislation.ProvisionRecord;
import org.consulta.platform.WireNames;

/**
 * A national provision as the map shows it: its instrument, an excerpt of its text, and {@code
 * reference}, the id of the article's reference to it when drafters linked it to the article.
 */
public record NationalProvision(
    String id,
    String label,
    Language lang,
    InstrumentView instrument,
    String excerpt,
    String sourceUrl,
    Long reference) {
  static final int EXCERPT = 300;

  static NationalProvision of(ProvisionRecord r, Long reference) {
    return new NationalProvision(
        r.id(),
        r.label(),
        r.language(),
        new InstrumentView(
            r.instrumentId(),
            r.country(),
            WireNames.of(r.instrumentType()),
            r.instrumentNumber(),
            r.year(),
            r.language(),
            r.instrumentTitle(),
            r.instrumentShortTitle()),
        excerpt(r.text()),
        r.sourceUrl(),
        reference);
  }

  /** The text up to {@link #EXCERPT} characters, cut after a whole word. */
  static String excerpt(String text) {
    if (text.length() <= EXCERPT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT);
    return text.substring(0, cut > 0 ? cut : EXCERPT).stripTrailing() + " …";
  }
}
