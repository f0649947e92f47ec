package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.consulta.attachments.FileKind;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {
  @Test
  void aNameKeepsItsWordsAndGetsTheExtensionOfItsContent() {
    assertEquals(
        "Posición de la Red.pdf",
        AttachmentName.of("Posición de la Red.pdf", FileKind.PDF, "name"));
    assertEquals("Posición.PDF", AttachmentName.of("Posición.PDF", FileKind.PDF, "name"));
    assertEquals("paper.html.pdf", AttachmentName.of("paper.html", FileKind.PDF, "name"));
    assertEquals("informe.odt", AttachmentName.of("informe", FileKind.ODT, "name"));
  }

  @Test
  void pathsControlsAndInvisibleCharactersGo() {
    assertEquals("evil.docx", AttachmentName.of("../../etc/evil.docx", FileKind.DOCX, "name"));
    assertEquals("evil.docx", AttachmentName.of("C:\\temp\\evil.docx", FileKind.DOCX, "name"));
    assertEquals("ab.docx", AttachmentName.of("a\r\n\u0000b.docx", FileKind.DOCX, "name"));
    // A right-to-left override would show "cod.exe" as "exe.doc".
    assertEquals("codexe.docx", AttachmentName.of("cod\u202Eexe.docx", FileKind.DOCX, "name"));
    assertEquals("hidden.pdf", AttachmentName.of("..hidden.pdf", FileKind.PDF, "name"));
  }

  @Test
  void noNameIsAttachment() {
    assertEquals("attachment.pdf", AttachmentName.of(null, FileKind.PDF, "name"));
    assertEquals("attachment.odt", AttachmentName.of("  /  ", FileKind.ODT, "name"));
  }

  @Test
  void aNameTooLongIsRefused() {
    DomainException refused =
        assertThrows(
            DomainException.class, () -> AttachmentName.of("a".repeat(256), FileKind.PDF, "name"));
    assertEquals("name", refused.field());
  }

  @Test
  void theHeaderCarriesTheNameEncodedAndAnAsciiFallback() {
    assertEquals(
        "attachment; filename=\"Posici_n final.pdf\"; filename*=UTF-8''Posici%C3%B3n%20final.pdf",
        AttachmentResource.disposition("Posición final.pdf"));
  }
}
