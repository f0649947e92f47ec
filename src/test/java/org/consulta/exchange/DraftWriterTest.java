package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftWriterTest {
  private final DraftWriter writer = new DraftWriter();

  @ParameterizedTest
  @ValueSource(strings = {"parity/es.md", "parity/en.md", "nested/pt.md"})
  void writesCanonicalFilesBackByteForByte(String fixture) {
    String file = Fixtures.read(fixture);

    assertEquals(file, writer.write(new DraftParser().parse(fixture, file)));
  }

  @Test
  void writesBuiltDocumentInCanonicalForm() {
    DraftArticle article = new DraftArticle("art_1", 1, "Objeto", "1. Uno.\n\na) letra.", 0);
    DraftDivision chapter =
        new DraftDivision("chp_1", DivisionKind.CHAPTER, "Capítulo I. Objeto", List.of(article), 0);
    DraftDocument draft =
        new DraftDocument(
            "parity", "es", "Ley", "/akn/x", "parity", "CONSIDERANDO.", List.of(chapter));

    assertEquals(
        "---\nlaw: parity\nlang: es\ntitle: Ley\nwork: /akn/x\ntopic: parity\n---\n\n"
            + "# Preámbulo {#preamble}\n\nCONSIDERANDO.\n\n"
            + "# Capítulo I. Objeto {#chp_1}\n\n"
            + "## Artículo 1. Objeto {#art_1}\n\n1. Uno.\n\na) letra.\n",
        writer.write(draft));
  }

  @Test
  void normalisesLooseSpacing() {
    String loose =
        "---\nlaw: parity\nlang: en\ntitle: Law \nwork: /akn/x\ntopic: parity\n---\n"
            + "# Chapter I. Scope {#chp_1}\n"
            + "## Article 1. Scope {#art_1}\n\n\n1. One.\n\n\n2. Two.  \n\n";

    String written = writer.write(new DraftParser().parse("loose.md", loose));

    assertEquals(
        "---\nlaw: parity\nlang: en\ntitle: Law\nwork: /akn/x\ntopic: parity\n---\n\n"
            + "# Chapter I. Scope {#chp_1}\n\n"
            + "## Article 1. Scope {#art_1}\n\n1. One.\n\n2. Two.\n",
        written);
  }

  @Test
  void refusesNestingDeeperThanFourHeadingLevels() {
    DraftNode node = new DraftArticle("art_1", 1, "Objeto", "Texto.", 0);
    for (int depth = 4; depth >= 1; depth--) {
      node = new DraftDivision("sec_" + depth, DivisionKind.SECTION, "Sección", List.of(node), 0);
    }
    DraftDocument draft =
        new DraftDocument("parity", "es", "Ley", "/akn/x", "parity", null, List.of(node));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> writer.write(draft));
    assertTrue(e.getMessage().contains("art_1"), e.getMessage());
  }

  @Test
  void refusesUnknownLanguage() {
    DraftDocument draft =
        new DraftDocument("parity", "de", "Gesetz", "/akn/x", "parity", null, List.of());

    assertThrows(IllegalArgumentException.class, () -> writer.write(draft));
  }
}
