package org.consulta.legislation;

import org.consulta.drafting.Language;

/**
 * A thesaurus concept a search was widened with: {@code matched} is the thesaurus term, in {@code
 * lang}, that the query's words matched.
 */
public record Expansion(String concept, Language lang, String matched) {}
