package org.consulta.publication;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consulta.drafting.Language;

/**
 * Language codes as Akoma Ntoso writes them. Consulta writes ISO 639-2 (terminology) codes, as the
 * naming convention asks ({@code spa}, {@code eng}); it reads those, the bibliographic variant
 * ({@code fre}), the two-letter codes some documents carry, and {@code esp}, which the official
 * Uruguayan example uses for Spanish.
 */
final class AknLanguage {
  private static final Map<Language, String> WRITTEN =
      Map.of(Language.es, "spa", Language.en, "eng", Language.pt, "por", Language.fr, "fra");
  private static final Map<String, Language> READ =
      Map.ofEntries(
          Map.entry("spa", Language.es),
          Map.entry("esp", Language.es),
          Map.entry("es", Language.es),
          Map.entry("eng", Language.en),
          Map.entry("en", Language.en),
          Map.entry("por", Language.pt),
          Map.entry("pt", Language.pt),
          Map.entry("fra", Language.fr),
          Map.entry("fre", Language.fr),
          Map.entry("fr", Language.fr));

  private AknLanguage() {}

  static String code(Language lang) {
    return WRITTEN.get(lang);
  }

  /** The language a code names, if Consulta drafts in it; a region ({@code en-GB}) is ignored. */
  static Optional<Language> of(String code) {
    String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Optional.ofNullable(READ.get(primary));
  }
}
