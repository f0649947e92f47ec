package org.consulta.search;

import org.consulta.drafting.Language;

/** The current state of one language version of a live article, as the index copies it. */
record ArticleRecord(
    String law,
    String lawTitle,
    String eId,
    int number,
    Language lang,
    int revision,
    String heading,
    String text) {}
