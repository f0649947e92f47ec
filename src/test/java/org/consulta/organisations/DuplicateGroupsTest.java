package org.consulta.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.organisations.DuplicateGroups.Candidate;
import org.junit.jupiter.api.Test;

class DuplicateGroupsTest {
  private static Candidate org(long id, String name, String acronym, String country) {
    return new Candidate(id, OrganisationNames.normalise(name), acronym, country);
  }

  @Test
  void theSameNormalisedNameGroupsInAnyCountry() {
    assertEquals(
        List.of(List.of(1L, 3L)),
        DuplicateGroups.of(
            List.of(
                org(1, "Ministerio de la Mujer", null, "PE"),
                org(2, "Ministerio del Interior", null, "PE"),
                org(3, "MINISTERIO DE LA MUJER", null, "PY"))));
  }

  @Test
  void anAcronymMatchesANameOrAcronymInTheSameCountryOnly() {
    assertEquals(
        List.of(List.of(1L, 2L, 4L)),
        DuplicateGroups.of(
            List.of(
                org(1, "Comisión Interamericana de Mujeres", "CIM", null),
                org(2, "C.I.M.", null, null),
                org(3, "Consejo de Igualdad de Mujeres", "CIM", "AR"),
                org(4, "Comision de Mujeres", "cim", null))));
  }

  @Test
  void groupsAreJoinedThroughAChain() {
    var groups =
        DuplicateGroups.of(
            List.of(
                org(5, "Defensoría del Pueblo", "DP", "PE"),
                org(6, "DP", "DPP", "PE"),
                org(7, "Defensoria del Pueblo del Peru", "DPP", "PE")));
    assertEquals(List.of(List.of(5L, 6L, 7L)), groups);
  }

  @Test
  void namesWithoutMatchesMakeNoGroup() {
    assertTrue(
        DuplicateGroups.of(List.of(org(1, "A", "X", "MX"), org(2, "B", "Y", "MX"))).isEmpty());
  }

  @Test
  void aNameMatchesAnInternationalOneAcrossCountriesOnlyWhenOneHasNone() {
    assertTrue(OrganisationMatch.same("onu mujeres", null, "onu mujeres", "MX"));
    assertTrue(OrganisationMatch.same("senado", "CL", "senado", "CL"));
    assertFalse(OrganisationMatch.same("senado", "CL", "senado", "MX"));
  }
}
