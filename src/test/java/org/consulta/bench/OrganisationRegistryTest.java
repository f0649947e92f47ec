package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.organisations.OrganisationCsv;
import org.junit.jupiter.api.Test;

class OrganisationRegistryTest {
  private static final List<String> COUNTRIES = List.of("MX", "PE", "BR");

  @Test
  void theEngineReadsEveryLineOfTheFileAsTheOrganisationItDescribes() {
    var registry = new OrganisationRegistry(120, "r1", COUNTRIES);

    var parsed = OrganisationCsv.parse(registry.csv());

    assertTrue(parsed.valid(), () -> parsed.problems().toString());
    assertEquals(120, parsed.lines().size());
    for (int i = 0; i < 120; i++) {
      var details = parsed.lines().get(i).details();
      var entry = registry.entries().get(i);
      assertEquals(entry.name(), details.name());
      assertEquals(entry.country(), details.country());
      assertEquals(entry.sector(), details.sector().name().toLowerCase());
      assertTrue(details.names().containsKey(Language.en));
    }
  }

  @Test
  void namesWithCommasAndQuotesSurviveQuotingAndSomeOrganisationsAreInternational() {
    var registry = new OrganisationRegistry(50, "r2", COUNTRIES);

    var parsed = OrganisationCsv.parse(registry.csv());

    var collective = parsed.lines().get(8).details();
    assertEquals("Colectivo \"Voces\", Mujeres Rurales 9 (r2)", collective.name());
    assertEquals("\"Voices\" Collective, Rural Women 9 (r2)", collective.names().get(Language.en));
    var international = registry.entries().get(24);
    assertNull(international.country());
    assertEquals("international_organisation", international.sector());
    assertEquals("MX", international.countryOr("MX"));
  }

  @Test
  void aFieldIsQuotedOnlyWhenItMustBe() {
    assertEquals("plain", OrganisationRegistry.quoted("plain"));
    assertEquals("\"a, b\"", OrganisationRegistry.quoted("a, b"));
    assertEquals("\"say \"\"no\"\"\"", OrganisationRegistry.quoted("say \"no\""));
  }
}
