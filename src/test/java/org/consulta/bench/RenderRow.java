package org.consulta.bench;

import org.consulta.publication.EditionFormat;

/**
 * One document rendered in one format in this JVM: its timing, or why it could not be rendered (a
 * format this build does not publish that document in).
 *
 * @param pages the page count of a PDF, null for other formats
 */
record RenderRow(
    String document,
    String languages,
    int articles,
    EditionFormat format,
    RenderTiming timing,
    Integer pages,
    String unavailable) {}
