package org.consulta.search;

import org.consulta.drafting.Language;

/**
 * One comment, suggestion or reply as the index copies it, with what decides who may find it: its
 * author, the author of the thread it belongs to, and whether it is hidden.
 *
 * @param state the anchor state's wire name; null for replies
 * @param disposition the answer's wire name, {@code none} while unanswered; null for replies
 * @param sector the author's sector as a participant; null for drafters
 */
record CommentRecord(
    long id,
    String kind,
    long consultation,
    String law,
    String eId,
    Language lang,
    long author,
    long threadAuthor,
    String authorName,
    String sector,
    String country,
    String state,
    String disposition,
    boolean hidden,
    String text,
    String replacement) {}
