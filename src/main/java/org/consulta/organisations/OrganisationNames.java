package org.consulta.organisations;

import java.text.Normalizer;
import java.util.Locale;

/** The form of an organisation's name under which two spellings of it are the same. */
public final class OrganisationNames {
  private OrganisationNames() {}

  /**
   * Lower case, without accents, punctuation or runs of spaces: "ministerio de la mujer", "onu
   * mujeres" for "O.N.U.-Mujeres".
   */
  public static String normalise(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        // "O.N.U." and "d'Haïti" are one word each, not letters apart.
        .replaceAll("[.'’]", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
