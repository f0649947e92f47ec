package org.consulta.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.consulta.platform.DomainException;

/**
 * Tells what a file is from its bytes, never from its name or the type a client declared: a PDF by
 * its header, a Word document and an OpenDocument text by what their zip package holds. Zip files
 * are read through their central directory, bounded: the entry count is checked before the
 * directory is loaded, no entry is inflated beyond the few bytes that identify the package, and a
 * package whose entries declare more than {@link #MAX_INFLATED} bytes in all (a zip bomb) is
 * refused, since whoever opens it later would have to inflate them.
 */
public final class FileKinds {
  /** Entries a document package may have; a Word or OpenDocument file has a few dozen. */
  static final int MAX_ENTRIES = 5_000;

  /** What all entries together may declare once inflated. */
  static final long MAX_INFLATED = 512L * 1024 * 1024;

  /** The most of {@code [Content_Types].xml} read; a real one is under 4 KB. */
  private static final int MAX_CONTENT_TYPES = 256 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String MIMETYPE = "mimetype";
  private static final int END_RECORD = 22;
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_END_SIGNATURE = 0x06064b50;
  private static final int MAX_COMMENT = 0xFFFF;

  private FileKinds() {}

  /**
   * The kind of {@code file}; a file of any other kind is refused naming {@code field}, an empty
   * one as invalid, anything else that is not a PDF, DOCX or ODT as an unsupported media type.
   */
  public static FileKind of(Path file, String field) {
    try {
      if (Files.size(file) == 0) {
        throw DomainException.invalid(field, "the file is empty");
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(PDF.length);
      }
      if (startsWith(head, PDF)) {
        return FileKind.PDF;
      }
      if (startsWith(head, ZIP)) {
        return ofPackage(file, field);
      }
      throw unsupported(field, "the file is not a PDF, DOCX or ODT document");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  private static FileKind ofPackage(Path file, String field) throws IOException {
    checkDirectory(file, field);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry first = checkedFirstEntry(zip, field);
      if (first.getName().equals(MIMETYPE)) {
        String declared = new String(bounded(zip, first, 128, field), StandardCharsets.US_ASCII);
        if (declared.equals(FileKind.ODT.mediaType())) {
          return FileKind.ODT;
        }
        throw unsupported(field, "the file is an OpenDocument " + declared + ", not a text");
      }
      ZipEntry types = zip.getEntry("[Content_Types].xml");
      if (types == null || zip.getEntry("word/document.xml") == null) {
        throw unsupported(field, "the file is a zip archive, not a DOCX or ODT document");
      }
      String declared =
          new String(bounded(zip, types, MAX_CONTENT_TYPES, field), StandardCharsets.UTF_8);
      if (!declared.contains(WORD_MAIN)) {
        throw unsupported(
            field, "the file is a Word package but not a plain document (macros or a template)");
      }
      return FileKind.DOCX;
    } catch (ZipException e) {
      throw unsupported(field, "the file is a damaged zip archive: " + e.getMessage());
    }
  }

  /** The first entry, once every entry's declared size has been added up. */
  private static ZipEntry checkedFirstEntry(ZipFile zip, String field) {
    ZipEntry first = null;
    long inflated = 0;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      first = first == null ? entry : first;
      long size = entry.getSize();
      inflated += Math.max(size, 0);
      if (size < 0 || inflated > MAX_INFLATED) {
        throw unsupported(
            field, "the file would inflate to more than " + MAX_INFLATED + " bytes: refused");
      }
    }
    if (first == null) {
      throw unsupported(field, "the file is an empty zip archive");
    }
    return first;
  }

  /** At most {@code limit} bytes of an entry, counted as inflated rather than as declared. */
  private static byte[] bounded(ZipFile zip, ZipEntry entry, int limit, String field)
      throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw unsupported(field, "the file's " + entry.getName() + " is too large to be real");
      }
      return bytes;
    }
  }

  /**
   * Reads the end of central directory record (and its zip64 form) before {@link ZipFile} does, so
   * that an archive claiming millions of entries is refused before a table of them is allocated.
   */
  private static void checkDirectory(Path file, String field) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      int tail = (int) Math.min(size, END_RECORD + MAX_COMMENT);
      ByteBuffer end = read(channel, size - tail, tail);
      int at = tail - END_RECORD;
      while (at >= 0 && end.getInt(at) != END_SIGNATURE) {
        at--;
      }
      if (at < 0) {
        throw unsupported(field, "the file is a damaged zip archive: no central directory");
      }
      long entries = Short.toUnsignedLong(end.getShort(at + 10));
      long directory = Integer.toUnsignedLong(end.getInt(at + 12));
      if ((entries == 0xFFFF || directory == 0xFFFFFFFFL) && at >= 20) {
        long[] zip64 = zip64(channel, end, at, field);
        entries = zip64[0];
        directory = zip64[1];
      }
      if (entries > MAX_ENTRIES) {
        throw unsupported(
            field, "the file has " + entries + " zip entries; a document has under " + MAX_ENTRIES);
      }
      if (directory > size) {
        throw unsupported(field, "the file's zip directory is larger than the file");
      }
    }
  }

  /** The entry count and directory size of a zip64 archive. */
  private static long[] zip64(FileChannel channel, ByteBuffer end, int at, String field)
      throws IOException {
    if (end.getInt(at - 20) != ZIP64_LOCATOR_SIGNATURE) {
      return new long[] {Short.toUnsignedLong(end.getShort(at + 10)), 0};
    }
    long record = end.getLong(at - 20 + 8);
    if (record < 0 || record > channel.size() - 56) {
      throw unsupported(field, "the file is a damaged zip archive: bad zip64 record");
    }
    ByteBuffer zip64 = read(channel, record, 56);
    if (zip64.getInt(0) != ZIP64_END_SIGNATURE) {
      throw unsupported(field, "the file is a damaged zip archive: bad zip64 record");
    }
    long entries = zip64.getLong(32);
    long directory = zip64.getLong(40);
    return new long[] {
      entries < 0 ? Long.MAX_VALUE : entries, directory < 0 ? Long.MAX_VALUE : directory
    };
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the file ended early");
      }
    }
    return buffer;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static DomainException unsupported(String field, String message) {
    return new DomainException(DomainException.Reason.UNSUPPORTED_MEDIA_TYPE, field, message);
  }
}
