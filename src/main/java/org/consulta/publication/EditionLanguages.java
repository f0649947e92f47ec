package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;

/**
 * Reads the {@code lang} parameter of an edition: one language of the law, or two separated by a
 * comma for a bilingual edition, first column first.
 */
final class EditionLanguages {
  private EditionLanguages() {}

  static List<Language> parse(Laws laws, Law law, String field, String value) {
    if (value == null || value.isBlank()) {
      return List.of(laws.language(law, null));
    }
    String[] codes = value.split(",", -1);
    if (codes.length > 2) {
      throw DomainException.invalid(
          field, "an edition has one language or two, not " + codes.length);
    }
    if (codes.length == 2 && law.languages().size() < 2) {
      throw DomainException.invalid(
          field, "law '" + law.slug() + "' has only one language: no bilingual edition");
    }
    List<Language> languages = new ArrayList<>();
    for (String code : codes) {
      Language lang = laws.language(law, code.strip(), field);
      if (languages.contains(lang)) {
        throw DomainException.invalid(field, "a bilingual edition needs two different languages");
      }
      languages.add(lang);
    }
    return List.copyOf(languages);
  }
}
