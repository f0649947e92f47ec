package org.consulta.legislation;

import org.consulta.drafting.Language;

/**
 * One search result: the provision, its instrument, and HTML snippets. A snippet is escaped text in
 * which only the {@code <mark>} tags around matched words are markup; {@code titleMatch} and {@code
 * headingMatch} are given only when the title or heading matched.
 */
public record ProvisionHit(
    String id,
    Language lang,
    String label,
    String title,
    String heading,
    Boolean inForce,
    String sourceUrl,
    String licence,
    InstrumentView instrument,
    String snippet,
    String titleMatch,
    String headingMatch,
    float score) {}
