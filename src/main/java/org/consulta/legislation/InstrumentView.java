package org.consulta.legislation;

import org.consulta.drafting.Language;

/** An instrument as results show it, titled in the provision's language. */
public record InstrumentView(
    String id,
    String country,
    String type,
    String number,
    Integer year,
    Language lang,
    String title,
    String shortTitle) {}
