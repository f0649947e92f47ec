package org.consulta.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindsTest {
  @TempDir Path dir;

  @Test
  void realDocumentsAreRecognisedByTheirContent() throws Exception {
    assertEquals(FileKind.PDF, FileKinds.of(fixture("position.pdf"), "file"));
    assertEquals(FileKind.DOCX, FileKinds.of(fixture("position.docx"), "file"));
    assertEquals(FileKind.ODT, FileKinds.of(fixture("position.odt"), "file"));
  }

  @Test
  void theNameDoesNotDecide() throws Exception {
    Path renamed = Files.copy(fixture("position.odt"), dir.resolve("paper.pdf"));
    assertEquals(FileKind.ODT, FileKinds.of(renamed, "file"));
    assertUnsupported(fixture("setup.pdf"));
  }

  @Test
  void aZipThatIsNoWordDocumentIsRefused() throws Exception {
    assertUnsupported(fixture("notes.docx"));
  }

  @Test
  void aMacroEnabledWordDocumentIsRefused() throws Exception {
    assertUnsupported(fixture("macros.docx"));
  }

  @Test
  void anOpenDocumentThatIsNotTextIsRefused() throws Exception {
    assertUnsupported(fixture("figures.ods"));
  }

  @Test
  void aZipDeclaringAHugeEntryIsRefusedUnread() throws Exception {
    DomainException refused = assertUnsupported(fixture("bomb.docx"));
    assertEquals(true, refused.getMessage().contains("inflate"), refused.getMessage());
  }

  @Test
  void aZipWithTooManyEntriesIsRefused() throws Exception {
    Path many = dir.resolve("many.docx");
    try (OutputStream file = Files.newOutputStream(many);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String name : new String[] {"[Content_Types].xml", "word/document.xml"}) {
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
      }
      for (int i = 0; i < FileKinds.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
        zip.closeEntry();
      }
    }
    DomainException refused = assertUnsupported(many);
    assertEquals(true, refused.getMessage().contains("entries"), refused.getMessage());
  }

  @Test
  void aTruncatedZipIsRefused() throws Exception {
    byte[] whole = Files.readAllBytes(fixture("position.docx"));
    Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, 300));
    assertUnsupported(cut);
  }

  @Test
  void anEmptyFileIsInvalid() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    DomainException refused =
        assertThrows(DomainException.class, () -> FileKinds.of(empty, "file"));
    assertEquals(DomainException.Reason.INVALID, refused.reason());
    assertEquals("file", refused.field());
  }

  private static DomainException assertUnsupported(Path file) {
    DomainException refused = assertThrows(DomainException.class, () -> FileKinds.of(file, "file"));
    assertEquals(DomainException.Reason.UNSUPPORTED_MEDIA_TYPE, refused.reason());
    assertEquals("file", refused.field());
    return refused;
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FileKindsTest.class.getResource("/attachments/" + name).toURI());
  }
}
