package org.consulta.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.legislation.InstrumentType;
import org.consulta.legislation.ProvisionRecord;
import org.junit.jupiter.api.Test;

class CountryGroupingTest {
  private long references;

  private CountryGrouping.Linked linked(
      String country, Language lang, String instrument, Integer year, String label) {
    String id = country.toLowerCase() + "/" + lang + "/" + instrument + "/art-" + label;
    var record =
        new ProvisionRecord(
            id,
            country,
            lang,
            country.toLowerCase() + "/" + instrument,
            "Title " + instrument + " " + lang,
            null,
            InstrumentType.LAW,
            "1",
            year,
            true,
            label,
            null,
            null,
            "Text " + label + ".",
            null,
            "test");
    var entry =
        new Comparative.Entry(
            ++references,
            LinkedProvision.whole(record),
            null,
            "drafter",
            Instant.EPOCH,
            null,
            null);
    return new CountryGrouping.Linked(record, entry);
  }

  @Test
  void countriesByCodeInstrumentsNewestFirstProvisionsAsLinked() {
    var groups =
        CountryGrouping.of(
            List.of(
                linked("PE", Language.es, "ley-1", 2015, "3"),
                linked("CL", Language.es, "ley-old", 2001, "9"),
                linked("CL", Language.es, "ley-new", 2020, "7"),
                linked("CA", Language.en, "act-x", null, "1"),
                linked("CL", Language.es, "ley-new", 2020, "2"),
                linked("CA", Language.fr, "act-x", null, "1"),
                linked("CA", Language.en, "act-y", 1990, "4")),
            Language.es);
    assertEquals(
        List.of("CA", "CL", "PE"), groups.stream().map(Comparative.CountryGroup::country).toList());
    assertEquals("Canadá", groups.get(0).name());
    assertEquals(List.of(3, 3, 1), groups.stream().map(Comparative.CountryGroup::count).toList());
    var chile = groups.get(1).instruments();
    assertEquals(
        List.of("cl/ley-new", "cl/ley-old"),
        chile.stream().map(Comparative.InstrumentGroup::id).toList());
    assertEquals(
        List.of("7", "2"),
        chile.get(0).provisions().stream().map(e -> e.provision().label()).toList());
    var canada = groups.get(0).instruments();
    assertEquals(
        List.of("ca/act-y", "ca/act-x"),
        canada.stream().map(Comparative.InstrumentGroup::id).toList(),
        "undated instruments come last");
    assertEquals(List.of(Language.en, Language.fr), List.copyOf(canada.get(1).titles().keySet()));
  }

  @Test
  void anExcerptEndsAfterAWholeWord() {
    var record = linked("CL", Language.es, "ley-1", 2020, "1").provision();
    String text = "palabra ".repeat(100);
    var cut =
        LinkedProvision.excerpt(
            new ProvisionRecord(
                record.id(),
                record.country(),
                record.language(),
                record.instrumentId(),
                record.instrumentTitle(),
                null,
                record.instrumentType(),
                null,
                null,
                null,
                "1",
                null,
                null,
                text,
                null,
                "test"));
    assertEquals(true, cut.excerpt());
    assertEquals("palabra ".repeat(37).strip() + " …", cut.text());
    assertEquals(false, LinkedProvision.excerpt(record).excerpt());
  }
}
