package org.consulta.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;
import org.junit.jupiter.api.Test;

class CountryCodesTest {
  @Test
  void codesAreTakenInEitherCaseAndNamedInTheReadersLanguage() {
    assertEquals("PE", CountryCodes.parse("country", "pe"));
    assertEquals("Peru", CountryCodes.name("PE", Language.en));
    assertEquals("Perú", CountryCodes.name("PE", Language.es));
  }

  @Test
  void aCodeThatNamesNoCountryIsRefusedByName() {
    for (String code : new String[] {"ZZ", "CHL", "1", "c l"}) {
      var failure = assertThrows(DomainException.class, () -> CountryCodes.parse("country", code));
      assertEquals(ProblemCode.INVALID_FORMAT, failure.code(), code);
      assertEquals("country", failure.field());
    }
  }
}
