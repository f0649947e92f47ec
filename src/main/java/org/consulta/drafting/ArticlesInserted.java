package org.consulta.drafting;

/**
 * Fired, inside the writing transaction, when articles are added to a law (the law is created, or
 * an article inserted): their first revisions are no {@link ArticleRevised}, and every later
 * article's number moves.
 */
public record ArticlesInserted(String law) {}
