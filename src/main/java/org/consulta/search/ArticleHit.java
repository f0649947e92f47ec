package org.consulta.search;

import org.consulta.drafting.Language;

/**
 * A model-law article found: where it is and which revision was searched, with an escaped HTML
 * snippet of its text in which only {@code <mark>} is markup; {@code headingMatch} only when the
 * heading matched.
 */
public record ArticleHit(
    String law,
    String lawTitle,
    String article,
    int number,
    String heading,
    Language lang,
    int revision,
    String snippet,
    String headingMatch,
    float score) {}
