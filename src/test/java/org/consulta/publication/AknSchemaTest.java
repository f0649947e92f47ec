package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AknSchemaTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "uk_pga-2014-27-enacted-data.xml",
        "us_Act_2011-11-29.xml",
        "us_Title9-Chap3-eng.xml",
        "uy_bill_2010-09-27.xml",
        "za_bill_2006-12-23.xml",
        "it_senato_ddl_2013.xml",
        "eu_COM-2013-0619_EN-8.xml",
        "ke_Debate_Bungeni_2011-06-10.xml"
      })
  void theOfficialExamplesAreValid(String example) {
    AknSchema.validate(AknExamples.bytes(example));
  }

  @Test
  void aDuplicateIdIsRefusedAtTheLineWhereItIsRepeated() {
    AknInvalid invalid =
        assertThrows(
            AknInvalid.class, () -> AknSchema.validate(AknExamples.bytes("sameXmlId-invalid.xml")));

    assertEquals(100, invalid.line());
    assertTrue(invalid.getMessage().contains("BAD_XMLID"), invalid.getMessage());
  }

  @Test
  void aDocumentOfAnotherVocabularyIsRefusedAtItsRootElement() {
    AknInvalid invalid =
        assertThrows(
            AknInvalid.class,
            () -> AknSchema.validate(bytes("<?xml version=\"1.0\"?>\n\n<html/>")));

    assertEquals(3, invalid.line());
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() {
    AknInvalid invalid =
        assertThrows(
            AknInvalid.class,
            () ->
                AknSchema.validate(
                    bytes("<akomaNtoso xmlns=\"" + AknSchema.NAMESPACE + "\">\n\n</akoma>")));

    assertEquals(3, invalid.line());
  }

  @Test
  void aDoctypeIsRefusedSoThatNoEntityIsEverReadOrExpanded() {
    String external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<akomaNtoso xmlns=\""
            + AknSchema.NAMESPACE
            + "\">&x;</akomaNtoso>";
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "\n<akomaNtoso>&c;</akomaNtoso>";

    for (String document : new String[] {external, bomb}) {
      AknInvalid invalid =
          assertThrows(AknInvalid.class, () -> AknSchema.validate(bytes(document)));
      assertEquals(2, invalid.line());
      assertTrue(invalid.getMessage().contains("DOCTYPE"), invalid.getMessage());
    }
  }

  @Test
  void elementsNestedDeeperThanAnyLawAreRefusedBeforeAnythingRecursesOverThem() {
    String valid = new String(AknExamples.bytes("za_bill_2006-12-23.xml"), StandardCharsets.UTF_8);
    String deep =
        valid.replace(
            "<docTitle>Education Laws Amendment Act, 2005.</docTitle>",
            "<docTitle>" + "<b>".repeat(10_000) + "x" + "</b>".repeat(10_000) + "</docTitle>");

    AknInvalid invalid = assertThrows(AknInvalid.class, () -> AknSchema.validate(bytes(deep)));

    assertTrue(invalid.getMessage().contains("depth"), invalid.getMessage());
    assertTrue(invalid.line() > 0);
  }

  @Test
  void bytesThatAreNotInTheDeclaredEncodingAreAnInvalidDocument() {
    for (byte[] document :
        new byte[][] {
          bytes("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><a/>"),
          new byte[] {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'},
          new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x3C, 0x41},
          new byte[0]
        }) {
      assertThrows(AknInvalid.class, () -> AknSchema.validate(document));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
