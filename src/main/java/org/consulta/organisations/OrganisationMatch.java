package org.consulta.organisations;

import java.util.Objects;

/**
 * When a name given for an organisation names one already known: the same normalised name, in the
 * same country or where either is international (no country). "Ministerio de la Mujer" of Peru and
 * of Paraguay stay two organisations; "ONU Mujeres" named from Mexico is the international one.
 */
public final class OrganisationMatch {
  private OrganisationMatch() {}

  public static boolean same(
      String normalisedName, String country, String otherNormalisedName, String otherCountry) {
    return normalisedName.equals(otherNormalisedName)
        && (country == null || otherCountry == null || Objects.equals(country, otherCountry));
  }
}
