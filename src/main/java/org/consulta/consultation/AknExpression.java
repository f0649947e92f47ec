package org.consulta.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.consulta.drafting.Language;

/**
 * An Akoma Ntoso FRBR expression IRI reference: the work, then {@code /} the language as ISO 639-2
 * (the three letters AKN names expressions with) {@code @} the version's date, as in {@code
 * /akn/oas/act/model-law/2025/parity/spa@2025-03-01}. A portion of it is the eId after {@code ~}.
 */
record AknExpression(String workUri, Language lang, LocalDate date) {
  AknExpression {
    Objects.requireNonNull(workUri);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(date);
  }

  /** The expression as it stood at {@code at}; AKN dates versions by the day, in UTC here. */
  static AknExpression at(String workUri, Language lang, Instant at) {
    return new AknExpression(workUri, lang, LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  /**
   * ISO 639-2/T, as AKN's examples write it: {@code spa}, {@code eng}, {@code por}, {@code fra}.
   */
  static String language(Language lang) {
    return Locale.forLanguageTag(lang.name()).getISO3Language();
  }

  String uri() {
    return workUri + "/" + language(lang) + "@" + date;
  }

  /** The portion with this eId, such as {@code …/spa@2025-03-01~art_3}. */
  String portion(String eId) {
    return uri() + "~" + eId;
  }
}
