package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, import, export again: the same document, apart from the dates of generation. */
class AknRoundTripTest {
  private static final Instant LATER = Instant.parse("2026-09-30T10:00:00Z");

  @Test
  void everyShippedDraftInEachLanguageComesBackIdentical() {
    for (String slug : DraftEditions.SHIPPED) {
      for (Language lang : new Language[] {Language.es, Language.en}) {
        String first = AknExportTest.xml(DraftEditions.of(slug, lang));

        String second = roundTrip(first);

        assertEquals(withoutGeneration(first), withoutGeneration(second), slug + " " + lang);
        assertTrue(!first.equals(second), "the generation date is today's, not the original's");
      }
    }
  }

  @Test
  void theSmallLawAtItsFirstVersionComesBackIdentical() {
    String first = AknExportTest.xml(TinyLaw.edition(TinyLaw.FIRST, List.of(TinyLaw.FIRST)));

    assertEquals(withoutGeneration(first), withoutGeneration(roundTrip(first)));
  }

  @Test
  void aWorkingTextComesBackAsTheWorkingTextOfTheNewLawDatedByTheImport() {
    Edition working = TinyLaw.edition(new EditionVersion(null, null, TinyLaw.GENERATED), List.of());
    String first = AknExportTest.xml(working);

    String second = roundTrip(first);

    assertEquals(
        first.replace("2026-05-01", "2026-09-30"),
        second,
        "a working text is dated by its last change, here the import");
  }

  /**
   * A later version keeps its text, label, date and so its expression URI; the versions before it
   * are not in the document, so the new law starts its history with this one.
   */
  @Test
  void aLaterVersionComesBackAsTheFirstVersionOfTheNewLawWithItsLabelAndDate() {
    String first = AknExportTest.xml(TinyLaw.atSecondVersion());

    String second = roundTrip(first);

    assertEquals(section(first, "<preface>", "</act>"), section(second, "<preface>", "</act>"));
    assertEquals(
        section(first, "<FRBRExpression>", "<FRBRversionNumber"),
        section(second, "<FRBRExpression>", "<FRBRversionNumber"));
    assertTrue(second.contains("<FRBRversionNumber value=\"1\"/>"));
    assertTrue(
        second.contains(
            "<consulta:version number=\"1\" label=\"Borrador 2 &quot;revisado&quot;\""
                + " recorded=\"2026-04-10T09:30:00Z\"/>"));
    assertTrue(!second.contains("version_2"), "one version in the new law's lifecycle");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "uk_pga-2014-27-enacted-data.xml",
        "us_Act_2011-11-29.xml",
        "us_Title9-Chap3-eng.xml",
        "uy_bill_2010-09-27.xml",
        "za_bill_2006-12-23.xml",
        "eu_COM-2013-0619_EN-8.xml"
      })
  void anImportedExampleExportsAValidDocumentThatImportsToTheSameLaw(String example) {
    AknLaw read = AknReader.read(AknExamples.bytes(example));
    String exported = AknExportTest.xml(ImportedEdition.of(read, "x", LATER));

    AknLaw again = AknReader.read(exported.getBytes(StandardCharsets.UTF_8));

    assertEquals(read.workUri(), again.workUri());
    assertEquals(read.title(), again.title());
    assertEquals(read.preamble(), again.preamble());
    assertEquals(AknReaderTest.outline(read.divisions()), AknReaderTest.outline(again.divisions()));
    assertEquals(AknReaderTest.articles(read).size(), AknReaderTest.articles(again).size());
    assertEquals(exported, roundTrip(exported));
  }

  private static String roundTrip(String document) {
    AknLaw read = AknReader.read(document.getBytes(StandardCharsets.UTF_8));
    return AknExportTest.xml(ImportedEdition.of(read, "imported", LATER));
  }

  /** The document without the manifestation's date, which says when it was generated. */
  private static String withoutGeneration(String document) {
    String without =
        document.replaceAll("<FRBRdate date=\"[0-9-]+\" name=\"generation\"/>", "<FRBRdate/>");
    assertTrue(!without.equals(document), "the generation date is where it is expected");
    return without;
  }

  private static String section(String document, String from, String to) {
    return document.substring(document.indexOf(from), document.indexOf(to));
  }
}
