package org.consulta.references;

import java.util.Locale;
import org.consulta.drafting.Language;

/** Country names for ISO 3166 codes, in the reader's language, from the JDK's locale data. */
final class Countries {
  private Countries() {}

  /** The name of {@code code} in {@code lang}, or the code itself when the JDK knows no name. */
  static String name(String code, Language lang) {
    return new Locale("", code).getDisplayCountry(new Locale(lang.name()));
  }
}
