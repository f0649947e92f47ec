package org.consulta.legislation;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * The provisions most like a text, best first: {@code compared} are the languages of the text,
 * {@code concepts} the thesaurus concepts found in it; {@code searchTerms}, per language of the
 * text, a search that finds more provisions (its most telling words, ranked); {@code partial} when
 * the time limit cut the search short.
 */
public record ComparableResults(
    List<Language> compared,
    List<String> concepts,
    Map<Language, String> searchTerms,
    boolean partial,
    List<ComparableProvision> provisions) {}
