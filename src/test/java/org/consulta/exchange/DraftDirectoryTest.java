package org.consulta.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftDirectoryTest {
  private final DraftDirectory directory = new DraftDirectory();

  @TempDir Path drafts;

  @Test
  void readsLawsSortedBySlugWithLanguagesInFixedOrder() throws IOException {
    put("parity/en.md", Fixtures.read("parity/en.md"));
    put("parity/es.md", Fixtures.read("parity/es.md"));
    put("digital-violence/pt.md", Fixtures.read("nested/pt.md"));

    List<DraftLaw> laws = directory.read(drafts);

    assertEquals(List.of("digital-violence", "parity"), laws.stream().map(DraftLaw::slug).toList());
    assertEquals(
        List.of("es", "en"), laws.get(1).languages().stream().map(DraftDocument::lang).toList());
    assertEquals(
        "Ley Modelo Interamericana sobre Paridad en la Vida Pública y Política",
        laws.get(1).languages().get(0).title());
  }

  @Test
  void skipsFilesThatAreNotDrafts() throws IOException {
    put("README.md", "# Model-law drafts\n");
    put("parity/es.md", Fixtures.read("parity/es.md"));
    put("parity/notes.txt", "not a draft");
    put(".git/es.md", "not a draft");
    Files.createDirectories(drafts.resolve("empty"));

    List<DraftLaw> laws = directory.read(drafts);

    assertEquals(1, laws.size());
    assertEquals("parity", laws.get(0).slug());
    assertEquals(1, laws.get(0).languages().size());
  }

  @Test
  void namesTheFileRelativeToTheDirectoryWhenItIsMalformed() throws IOException {
    put("parity/es.md", Fixtures.read("malformed/empty-article.md"));

    DraftFormatException e = assertThrows(DraftFormatException.class, () -> directory.read(drafts));

    assertEquals("parity/es.md", e.fileName());
    assertEquals(11, e.line());
  }

  @Test
  void refusesADirectoryNamedOtherThanTheLaw() throws IOException {
    put("paridad/es.md", Fixtures.read("parity/es.md"));

    DraftFormatException e = assertThrows(DraftFormatException.class, () -> directory.read(drafts));

    assertEquals("paridad/es.md", e.fileName());
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("'paridad'"), e.problem());
  }

  @Test
  void refusesAFileNamedOtherThanItsLanguage() throws IOException {
    put("parity/pt.md", Fixtures.read("parity/en.md"));

    DraftFormatException e = assertThrows(DraftFormatException.class, () -> directory.read(drafts));

    assertEquals("parity/pt.md", e.fileName());
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("'pt.md'"), e.problem());
  }

  private void put(String relativePath, String content) throws IOException {
    Path file = drafts.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
