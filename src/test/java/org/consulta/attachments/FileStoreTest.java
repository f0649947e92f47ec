package org.consulta.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
  @TempDir Path data;
  private FileStore store;

  @BeforeEach
  void open() {
    store = new FileStore();
    store.dataDir = data.toString();
    store.open();
  }

  @Test
  void aFileIsKeptUnderItsHashAndTheSpooledCopyGoes() throws IOException {
    byte[] paper = "%PDF-1.4 paper".getBytes(StandardCharsets.US_ASCII);
    try (Spooled spooled = store.spool(new ByteArrayInputStream(paper), 100, "file")) {
      assertEquals(paper.length, spooled.size());
      assertEquals(sha256(paper), spooled.sha256());
      store.keep(spooled);
      Path kept = store.file(spooled.sha256());
      assertEquals(
          data.resolve("attachments")
              .resolve(spooled.sha256().substring(0, 2))
              .resolve(spooled.sha256().substring(2)),
          kept);
      assertArrayEquals(paper, Files.readAllBytes(kept));
    }
    assertEquals(0, incoming());
  }

  @Test
  void theSameContentIsKeptOnce() throws IOException {
    byte[] paper = "%PDF-1.4 paper".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 2; i++) {
      try (Spooled spooled = store.spool(new ByteArrayInputStream(paper), 100, "file")) {
        store.keep(spooled);
      }
    }
    try (Stream<Path> files = Files.walk(data.resolve("attachments"))) {
      assertEquals(1, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingStays() throws IOException {
    InputStream endless = new ByteArrayInputStream(new byte[200_000]);
    DomainException refused =
        assertThrows(DomainException.class, () -> store.spool(endless, 100_000, "file"));
    assertEquals(DomainException.Reason.TOO_LARGE, refused.reason());
    assertEquals("file", refused.field());
    assertEquals(0, incoming());
  }

  @Test
  void aBodyCutShortIsTheClientsFailure() throws IOException {
    InputStream cut =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    DomainException refused =
        assertThrows(DomainException.class, () -> store.spool(cut, 100, "file"));
    assertEquals(DomainException.Reason.TOO_SLOW, refused.reason());
    assertEquals(0, incoming());
  }

  @Test
  void uploadsCutShortByAnEarlierEngineAreDeletedAtStart() throws IOException {
    Path left = data.resolve("attachments/incoming/upload-1.part");
    Files.writeString(left, "half");
    Files.setLastModifiedTime(
        left,
        FileTime.from(Instant.now().minus(FileStore.LEFTOVER_AGE).minus(Duration.ofMinutes(1))));
    open();
    assertEquals(0, incoming());
  }

  @Test
  void anUploadAnotherEngineIsReceivingInASharedFolderIsLeftAlone() throws IOException {
    Files.writeString(data.resolve("attachments/incoming/upload-2.part"), "arriving");
    open();
    assertEquals(1, incoming());
  }

  @Test
  void aForgottenFileIsGone() throws IOException {
    byte[] paper = "%PDF-1.4 paper".getBytes(StandardCharsets.US_ASCII);
    String sha;
    try (Spooled spooled = store.spool(new ByteArrayInputStream(paper), 100, "file")) {
      store.keep(spooled);
      sha = spooled.sha256();
    }
    assertTrue(Files.exists(store.file(sha)));
    store.forget(sha);
    assertFalse(Files.exists(store.file(sha)));
  }

  private long incoming() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("attachments/incoming"))) {
      return files.count();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
