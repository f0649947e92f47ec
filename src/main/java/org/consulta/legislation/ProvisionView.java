package org.consulta.legislation;

import org.consulta.drafting.Language;
import org.consulta.platform.WireNames;

/** A provision with its whole text, as the database holds it. */
public record ProvisionView(
    String id,
    Language lang,
    String label,
    String title,
    String heading,
    String text,
    Boolean inForce,
    String sourceUrl,
    String licence,
    InstrumentView instrument) {
  static ProvisionView of(ProvisionRecord r) {
    return new ProvisionView(
        r.id(),
        r.language(),
        r.label(),
        r.title(),
        r.heading(),
        r.text(),
        r.inForce(),
        r.sourceUrl(),
        r.licence(),
        new InstrumentView(
            r.instrumentId(),
            r.country(),
            WireNames.of(r.instrumentType()),
            r.instrumentNumber(),
            r.year(),
            r.language(),
            r.instrumentTitle(),
            r.instrumentShortTitle()));
  }
}
