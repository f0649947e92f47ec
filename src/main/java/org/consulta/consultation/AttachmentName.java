package org.consulta.consultation;

import java.text.Normalizer;
import java.util.Locale;
import org.consulta.attachments.FileKind;
import org.consulta.platform.DomainException;

/**
 * The name an uploaded file is kept and served under: the one given, reduced to its last path
 * segment, without control or invisible formatting characters (a right-to-left override can make
 * {@code cod.exe} read as {@code exe.doc}), and ending in the extension of what the content is, so
 * that a PDF named {@code paper.html} is saved by the reader as {@code paper.html.pdf} and opened
 * by a PDF reader, never by a browser.
 */
final class AttachmentName {
  static final int MAX_LENGTH = 255;
  private static final int KEPT = 200;

  private AttachmentName() {}

  static String of(String given, FileKind kind, String field) {
    String extension = "." + kind.name().toLowerCase(Locale.ROOT);
    if (given != null && given.codePointCount(0, given.length()) > MAX_LENGTH) {
      throw DomainException.invalid(
          field, "the file name is longer than " + MAX_LENGTH + " characters");
    }
    String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = visible(name).strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      name = "attachment";
    }
    if (name.codePointCount(0, name.length()) > KEPT) {
      name = name.substring(0, name.offsetByCodePoints(0, KEPT));
    }
    return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
  }

  private static String visible(String name) {
    var kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .filter(c -> c != '"')
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
