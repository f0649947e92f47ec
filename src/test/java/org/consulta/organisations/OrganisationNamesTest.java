package org.consulta.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {
  @Test
  void spellingsOfOneNameNormaliseAlike() {
    assertEquals(
        OrganisationNames.normalise("Ministerio de la Mujer y Equidad de Género"),
        OrganisationNames.normalise("  MINISTERIO DE LA MUJER Y EQUIDAD DE GENERO. "));
    assertEquals("ministerio de la mujer", OrganisationNames.normalise("Ministério  de la Mujer"));
    assertEquals("onu mujeres", OrganisationNames.normalise("O.N.U.-Mujeres"));
  }

  @Test
  void differentNamesStayApart() {
    assertNotEquals(
        OrganisationNames.normalise("Corte Suprema"),
        OrganisationNames.normalise("Corte Superior"));
  }
}
