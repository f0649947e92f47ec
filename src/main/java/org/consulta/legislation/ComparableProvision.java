package org.consulta.legislation;

import java.util.List;
import org.consulta.drafting.Language;

/**
 * A national provision like a model-law article. {@code score} is its share of the best possible
 * match (1 is as like the article as the article itself; see {@link BestMatch}); {@code via} says
 * how it was found: {@code text} by likeness to the article's own text in that language, {@code
 * thesaurus} by the article's concepts carried into a language it is not written in; {@code
 * concepts} are the article's concepts the provision names.
 */
public record ComparableProvision(
    String id,
    String label,
    String country,
    Language lang,
    InstrumentView instrument,
    float score,
    String snippet,
    String via,
    List<String> concepts) {}
