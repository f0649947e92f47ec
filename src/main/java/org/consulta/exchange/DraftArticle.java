package org.consulta.exchange;

/**
 * An article.
 *
 * @param number the displayed number, which runs 1, 2, 3… through the law
 * @param heading the heading after the number, e.g. {@code Cuotas en listas}
 * @param text the paragraphs, joined by one blank line
 */
public record DraftArticle(String eId, int number, String heading, String text, int line)
    implements DraftNode {}
