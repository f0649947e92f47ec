package org.consulta.legislation;

import java.util.List;
import org.consulta.drafting.Language;

/**
 * The provisions most like a text, best first: {@code compared} are the languages of the text,
 * {@code concepts} the thesaurus concepts found in it; {@code partial} when the time limit cut the
 * search short.
 */
public record ComparableResults(
    List<Language> compared,
    List<String> concepts,
    boolean partial,
    List<ComparableProvision> provisions) {}
