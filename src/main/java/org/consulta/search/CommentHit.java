package org.consulta.search;

import org.consulta.drafting.Language;

/**
 * A comment, suggestion or reply found, with an escaped HTML snippet of its text in which only
 * {@code <mark>} is markup; {@code replacementMatch} only when a suggestion's replacement matched.
 * {@code state} is absent for replies, {@code disposition} is {@code none} while unanswered.
 */
public record CommentHit(
    long id,
    String kind,
    long consultation,
    String law,
    String article,
    Language lang,
    String author,
    String state,
    String disposition,
    String snippet,
    String replacementMatch,
    float score) {}
