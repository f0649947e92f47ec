package org.consulta.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisations the benchmark imports: a CSV file in the columns of the engine's import (name,
 * name_es, name_en, acronym, country, sector, website), with names that need quoting (commas,
 * quotes, accents) and some international organisations without a country, as a real registry has.
 */
final class OrganisationRegistry {
  /** One organisation of the file: what a participant or a speaker needs to speak for it. */
  record Entry(String name, String country, String sector) {
    /**
     * The participant's country: the organisation's, or {@code fallback} for an international one.
     */
    String countryOr(String fallback) {
      return country == null ? fallback : country;
    }
  }

  static final String HEADER = "name,name_es,name_en,acronym,country,sector,website";
  private static final int INTERNATIONAL_EVERY = 25;
  private static final List<String> KINDS_ES =
      List.of(
          "Ministerio de la Mujer",
          "Observatorio de Paridad",
          "Asociación de Mujeres Juristas",
          "Instituto Nacional Electoral",
          "Red de Parlamentarias",
          "Defensoría del Pueblo",
          "Cámara de Comercio",
          "Universidad Autónoma",
          "Colectivo \"Voces\", Mujeres Rurales");
  private static final List<String> KINDS_EN =
      List.of(
          "Ministry of Women",
          "Parity Observatory",
          "Association of Women Jurists",
          "National Electoral Institute",
          "Network of Women Parliamentarians",
          "Ombudsman's Office",
          "Chamber of Commerce",
          "Autonomous University",
          "\"Voices\" Collective, Rural Women");
  private static final List<String> SECTORS =
      List.of(
          "government",
          "civil_society",
          "civil_society",
          "government",
          "parliament",
          "national_human_rights_institution",
          "private_sector",
          "academia",
          "civil_society");

  private final List<Entry> entries = new ArrayList<>();
  private final String csv;

  /**
   * {@code count} organisations whose names carry {@code run}, so that a rerun against the same
   * database imports new ones instead of having every line skipped as already known.
   */
  OrganisationRegistry(int count, String run, List<String> countries) {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int n = 0; n < count; n++) {
      int kind = n % KINDS_ES.size();
      boolean international = n % INTERNATIONAL_EVERY == INTERNATIONAL_EVERY - 1;
      String country = international ? null : countries.get(n / KINDS_ES.size() % countries.size());
      String sector = international ? "international_organisation" : SECTORS.get(kind);
      String suffix = " " + (n + 1) + " (" + run + ")";
      String nameEs = KINDS_ES.get(kind) + suffix;
      String nameEn = KINDS_EN.get(kind) + suffix;
      String acronym = "ORG" + (n + 1);
      file.append(
              String.join(
                  ",",
                  quoted(nameEs),
                  quoted(nameEs),
                  quoted(nameEn),
                  acronym,
                  country == null ? "" : country,
                  sector,
                  "https://org" + (n + 1) + ".example.org/"))
          .append('\n');
      entries.add(new Entry(nameEs, country, sector));
    }
    csv = file.toString();
  }

  String csv() {
    return csv;
  }

  /** The organisations in the order of the file's lines. */
  List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** A CSV field, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
  static String quoted(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
