package org.consulta.drafting;

/**
 * Fired, inside the writing transaction, each time a language version of an article gets a new
 * revision, so that what hangs on its text (comment anchors) can follow it in the same commit, and
 * copies of it (the search index) after the commit.
 */
public record ArticleRevised(ArticleRevision previous, ArticleRevision next) {}
