package org.consulta.crossrefs;

/**
 * A reference as stored with a text: where it is ({@code start}–{@code end}, the number at {@code
 * numberStart}–{@code numberEnd}), the eId of the article it points to and the paragraph. {@code
 * target} is null when no article had the written number when the text was saved.
 */
public record Link(
    int start, int end, int numberStart, int numberEnd, String target, Integer paragraph) {}
