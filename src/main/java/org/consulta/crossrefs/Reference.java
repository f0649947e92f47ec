package org.consulta.crossrefs;

/**
 * A reference to an article of the same law found in a text: the phrase a reader follows ({@code
 * start}–{@code end}, such as "párrafo 2 del artículo 12"), the article number inside it ({@code
 * numberStart}–{@code numberEnd}) and the paragraph it names, null when none. Offsets count UTF-16
 * units of the text read.
 */
public record Reference(
    int start, int end, int numberStart, int numberEnd, int article, Integer paragraph) {}
