package org.consulta.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.organisations.OrganisationDetails.Problem;
import org.junit.jupiter.api.Test;

class OrganisationCsvTest {
  private static final String HEADER = "name,acronym,country,sector,website,name_en\n";

  @Test
  void readsEveryColumnOfALine() {
    var parsed =
        OrganisationCsv.parse(
            HEADER
                + "ONU Mujeres,ONUM,,international_organisation,https://www.unwomen.org,UN Women\n");
    assertTrue(parsed.valid(), parsed.problems()::toString);
    OrganisationDetails details = parsed.lines().get(0).details();
    assertEquals(2, parsed.lines().get(0).number());
    assertEquals("ONU Mujeres", details.name());
    assertEquals("ONUM", details.acronym());
    assertNull(details.country());
    assertEquals(Sector.INTERNATIONAL_ORGANISATION, details.sector());
    assertEquals("https://www.unwomen.org", details.website());
    assertEquals(Map.of(Language.en, "UN Women"), details.names());
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    var parsed =
        OrganisationCsv.parse(
            "name,sector,country\r\n"
                + "\"Red de Mujeres, \"\"Justicia\"\"\",civil_society,CO\r\n"
                + "\"Colectivo\nde dos líneas\",academia,PE\r\n"
                + "Tercera,academia,PE\r\n");
    assertTrue(parsed.valid(), parsed.problems()::toString);
    assertEquals(
        List.of("Red de Mujeres, \"Justicia\"", "Colectivo\nde dos líneas", "Tercera"),
        parsed.lines().stream().map(l -> l.details().name()).toList());
    // The line a record starts on, counting the line break inside the quoted name.
    assertEquals(
        List.of(2, 3, 5), parsed.lines().stream().map(OrganisationCsv.Line::number).toList());
  }

  @Test
  void aByteOrderMarkAndBlankLinesAreIgnored() {
    var parsed =
        OrganisationCsv.parse(
            "\uFEFFname,sector\n\nCorte Suprema,judiciary\n   \nSenado,parliament\n\n");
    assertTrue(parsed.valid(), parsed.problems()::toString);
    assertEquals(List.of(3, 5), parsed.lines().stream().map(OrganisationCsv.Line::number).toList());
  }

  @Test
  void everyErrorIsReportedByLineAndField() {
    var parsed =
        OrganisationCsv.parse(
            HEADER
                + "Buena,,MX,civil_society,,\n"
                + ",,MX,civil_society,,\n"
                + "Mala,,XX,guild,ftp://example.org,\n"
                + "Larga,,MX,academia,,,extra\n");
    assertEquals(
        List.of(
            new Problem(3, "name", "an organisation needs a name"),
            new Problem(4, "country", null),
            new Problem(4, "sector", null),
            new Problem(4, "website", null),
            new Problem(5, "file", null)),
        parsed.problems().stream()
            .map(p -> p.field().equals("name") ? p : new Problem(p.line(), p.field(), null))
            .toList());
    assertTrue(parsed.lines().isEmpty());
  }

  @Test
  void aNulCharacterIsAnErrorOfItsField() {
    var parsed = OrganisationCsv.parse("name,sector,acronym\nNombre,academia,A\u0000B\n");
    assertEquals(
        List.of(new Problem(2, "acronym", "acronym holds a U+0000 character")), parsed.problems());
  }

  @Test
  void aLineRepeatingAnEarlierOneIsAnError() {
    var parsed =
        OrganisationCsv.parse(
            "name,country,sector\n"
                + "Ministerio de la Mujer,PE,government\n"
                + "Ministerio de la Mujer,PY,government\n"
                + "MINISTERIO DE LA MUJER.,PE,government\n"
                + "ONU Mujeres,,international_organisation\n"
                + "O.N.U. Mujeres,MX,international_organisation\n");
    assertEquals(
        List.of(new Problem(4, "name", null), new Problem(6, "name", null)),
        parsed.problems().stream().map(p -> new Problem(p.line(), p.field(), null)).toList());
    assertTrue(parsed.problems().get(0).message().contains("repeats line 2"));
    assertTrue(parsed.problems().get(1).message().contains("repeats line 5"));
  }

  @Test
  void theHeaderMustNameKnownColumnsOnceAndTheRequiredOnes() {
    var parsed = OrganisationCsv.parse("name,colour,name\nA,red,A\n");
    assertEquals(
        List.of("colour", "name", "sector"),
        parsed.problems().stream().map(Problem::field).toList());
    assertEquals(1, parsed.problems().get(0).line());
  }

  @Test
  void anEmptyFileOrAnUnclosedQuoteIsAnError() {
    assertEquals("file", OrganisationCsv.parse("").problems().get(0).field());
    assertEquals("file", OrganisationCsv.parse("\uFEFF").problems().get(0).field());
    assertEquals(
        List.of(new Problem(2, "file", null)),
        OrganisationCsv.parse("name,sector\n\"Sin cierre,academia\n").problems().stream()
            .map(p -> new Problem(p.line(), p.field(), null))
            .toList());
  }
}
